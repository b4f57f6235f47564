package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Compiles Python blocks with the real {@code python3}, all in one process (one interpreter start instead of one a
 * block). {@code compile(..., dont_inherit=True)} is what {@code py_compile} does; imports are not resolved, so
 * third-party modules (confluent_kafka, pyflink) need not be installed.
 */
final class PythonCompiler {
    static final String INSTALL_HINT = "python3 is needed to compile the course's Python samples and was not found on "
            + "the PATH: install it (Debian/Ubuntu: sudo apt-get install python3; macOS: brew install python3)";
    private static final String SCRIPT = String.join("\n",
            "import sys",
            "for path in sys.argv[1:]:",
            "    try:",
            "        with open(path, encoding='utf-8') as source:",
            "            compile(source.read(), path, 'exec', dont_inherit=True)",
            "    except SyntaxError as e:",
            "        print(path + '\\t' + str(e.lineno or 0) + '\\t' + type(e).__name__ + ': ' + str(e.msg))",
            "    except ValueError as e:",
            "        print(path + '\\t0\\tValueError: ' + str(e))",
            "");

    private final String executable;
    private final Path workDir;

    PythonCompiler(String executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** The verdict for every block; when python3 cannot run, every block fails with how to install it. */
    Map<CodeBlock, Verdict> compile(List<CodeBlock> blocks) {
        Map<CodeBlock, Verdict> verdicts = new IdentityHashMap<>();
        if (blocks.isEmpty()) {
            return verdicts;
        }
        List<String> command = new ArrayList<>(List.of(executable, "-c", SCRIPT));
        Map<String, CodeBlock> byPath = new HashMap<>();
        try {
            Files.createDirectories(workDir);
            for (int i = 0; i < blocks.size(); i++) {
                Path file = workDir.resolve("block-" + i + ".py");
                Files.writeString(file, blocks.get(i).code(), StandardCharsets.UTF_8);
                command.add(file.toString());
                byPath.put(file.toString(), blocks.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Python blocks to " + workDir, e);
        }
        blocks.forEach(block -> verdicts.put(block, Verdict.passed()));
        ProcessResult result = ProcessResult.run(command, "", 60, TimeUnit.SECONDS);
        if (!result.started() || result.exitCode() != 0) {
            String why = result.started() ? "python3 failed (exit " + result.exitCode() + "): " + result.stderr()
                    : INSTALL_HINT;
            blocks.forEach(block -> verdicts.put(block, Verdict.failed(block.line(), why)));
            return verdicts;
        }
        for (String line : result.stdout().split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3 && byPath.containsKey(parts[0])) {
                CodeBlock block = byPath.get(parts[0]);
                int lineInBlock = Integer.parseInt(parts[1]);
                verdicts.put(block, Verdict.failed(block.line() + Math.max(lineInBlock, 1), "python3: " + parts[2]));
            }
        }
        return verdicts;
    }
}
