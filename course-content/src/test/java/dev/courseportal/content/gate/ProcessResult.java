package dev.courseportal.content.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The outcome of running an external tool (python3, bash) with text on its standard input.
 *
 * @param started  false when the program could not be started at all (not installed)
 * @param exitCode its exit code (-1 if it did not start or timed out)
 */
record ProcessResult(boolean started, int exitCode, String stdout, String stderr) {

    static ProcessResult run(List<String> command, String stdin, long timeout, TimeUnit unit) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            return new ProcessResult(false, -1, "", e.getMessage());
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The tool exited before reading its input; its exit code and output say why.
        }
        try {
            if (!process.waitFor(timeout, unit)) {
                process.destroyForcibly();
                return new ProcessResult(true, -1, out.join(), "timed out after " + timeout + " " + unit);
            }
            return new ProcessResult(true, process.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new ProcessResult(true, -1, "", "interrupted");
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
