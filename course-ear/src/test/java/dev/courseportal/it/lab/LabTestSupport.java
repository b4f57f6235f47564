package dev.courseportal.it.lab;

import dev.courseportal.domain.lab.boundary.InvalidLabEnvironmentException;
import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** What the in-container lab tests share: bean names, unique environment names, waiting, clean-up. */
final class LabTestSupport {

    static final String DOMAIN = "java:global/course-portal/course-domain/";
    static final String LAB_OPS = "java:global/course-portal/lab-ops/";

    private LabTestSupport() {
    }

    /** A name no other test run uses, so that tests never see each other's environments. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Polls until the supplier has a value, or fails after {@code timeout}. */
    static <T> T await(Duration timeout, String what, Supplier<Optional<T>> supplier) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = supplier.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
    }

    /** Makes {@code local} the default again and removes a test environment; for finally blocks. */
    static void cleanUp(LabEnvironmentService environments, Long environmentId) throws InvalidLabEnvironmentException {
        environments.byName("local").ifPresent(local -> {
            try {
                environments.makeDefault(local.id());
            } catch (InvalidLabEnvironmentException e) {
                throw new IllegalStateException(e);
            }
        });
        if (environmentId != null && environments.byId(environmentId).isPresent()) {
            environments.remove(environmentId);
        }
    }
}
