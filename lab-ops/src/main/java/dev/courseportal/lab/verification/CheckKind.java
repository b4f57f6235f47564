package dev.courseportal.lab.verification;

import dev.courseportal.lab.environment.LabEndpoints;

/** One kind of lab check, e.g. {@code replication-slot}. Implementations are stateless. */
interface CheckKind {

    /** The kind's name as lessons write it. */
    String kind();

    /**
     * Looks at the lab. Throws {@link InvalidCheckException} for a bad parameter and lets
     * connection failures through; the runner turns both into a failed outcome.
     */
    Verdict verify(LabEndpoints env, CheckParams params) throws Exception;
}
