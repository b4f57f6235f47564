package dev.courseportal.domain.backup.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables a backup holds, parents before children, and the ones it leaves out on purpose. A
 * new table must be added to one of the two lists: the backup tests fail until it is.
 */
public final class BackupTables {

    /** In restore order: a table comes after every table its rows point at. */
    public static final List<BackupTable> ALL = List.of(
            BackupTable.withId("account", Map.of(), false).mergedOn("username").withSecrets("password_hash"),
            BackupTable.keyed("account_role", List.of("account_id", "role"), Map.of("account_id", "account"), false),
            BackupTable.withId("lesson_progress", Map.of("account_id", "account"), true),
            BackupTable.withId("quiz_attempt", Map.of("account_id", "account"), true),
            BackupTable.withId("lab_environment", Map.of(), false).mergedOn("name")
                    .withSecrets("postgres_password", "jupyter_token"),
            BackupTable.withId("cohort", Map.of("created_by", "account"), true),
            BackupTable.keyed("cohort_instructor", List.of("cohort_id", "account_id"),
                    Map.of("cohort_id", "cohort", "account_id", "account"), true),
            BackupTable.keyed("cohort_member", List.of("cohort_id", "account_id"),
                    Map.of("cohort_id", "cohort", "account_id", "account"), true),
            BackupTable.withId("audit_entry", Map.of(), false),
            BackupTable.withId("lab_check_run", Map.of("account_id", "account", "environment_id", "lab_environment"), true),
            BackupTable.keyed("lab_check_result", List.of("run_id", "seq"), Map.of("run_id", "lab_check_run"), true),
            BackupTable.keyed("checklist_tick", List.of("account_id", "lesson_id", "item_id"),
                    Map.of("account_id", "account"), true),
            BackupTable.withId("capstone_submission", Map.of("account_id", "account", "reviewed_by", "account"), true));

    /** Tables of the portal's database that a backup leaves out, and why. */
    public static final Map<String, String> NOT_BACKED_UP = Map.of(
            "flyway_schema_history", "the target portal's own migrations create its schema",
            "jboss_ejb_timer", "WildFly's timers are created again by the portal at start",
            "lab_probe_run", "lab monitoring: the probe timer rebuilds it within one interval",
            "lab_probe_record", "lab monitoring: the probe timer rebuilds it within one interval",
            "lab_service_state", "lab monitoring: the probe timer rebuilds it within one interval",
            "lab_probe_lease", "a lock of the probe timer, created by the migrations");

    private BackupTables() {
    }

    public static Optional<BackupTable> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Whether another table's rows point at this one's ids, so that a restore must map them. */
    static boolean referenced(BackupTable table) {
        return ALL.stream().anyMatch(t -> t.references().containsValue(table.name()));
    }
}
