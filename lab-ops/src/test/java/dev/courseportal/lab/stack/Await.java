package dev.courseportal.lab.stack;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a condition holds, with a bound: tests wait for real services, never forever. */
public final class Await {

    private Await() {
    }

    /** Calls {@code attempt} until it returns non-null; fails after {@code timeout} with {@code what}. */
    public static <T> T until(String what, Duration timeout, Supplier<T> attempt) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = attempt.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            sleep(200);
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what, last);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
