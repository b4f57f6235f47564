package dev.courseportal.domain.backup.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How one table travels in a backup. Every column goes, whatever the schema version: only the
 * relations between rows need declaring, because surrogate ids are renumbered by the database a
 * backup is restored into.
 *
 * @param name        the table
 * @param id          its generated id column, or null when its key is made of other columns
 * @param orderBy     the columns that give the export a stable order
 * @param references  columns holding another backed-up table's id, by the table they point at
 * @param mergeKey    a unique natural key: a row of the backup whose key already exists in the
 *                    portal updates that row instead of adding one (the first administrator, the
 *                    lab environment the migrations create); null when rows are only added
 * @param secrets     columns left out of a backup made without secrets
 * @param learnerData whether the table must be empty for a restore: what a restore would otherwise
 *                    duplicate or mix up
 */
public record BackupTable(String name, String id, List<String> orderBy, Map<String, String> references,
                          String mergeKey, Set<String> secrets, boolean learnerData) {

    public BackupTable {
        Objects.requireNonNull(name, "name");
        orderBy = List.copyOf(orderBy);
        references = Map.copyOf(references);
        secrets = Set.copyOf(secrets);
    }

    /** A table whose rows have a generated id. */
    static BackupTable withId(String name, Map<String, String> references, boolean learnerData) {
        return new BackupTable(name, "id", List.of("id"), references, null, Set.of(), learnerData);
    }

    /** A table keyed by its columns (a relation, or rows of a parent). */
    static BackupTable keyed(String name, List<String> key, Map<String, String> references, boolean learnerData) {
        return new BackupTable(name, null, key, references, null, Set.of(), learnerData);
    }

    BackupTable mergedOn(String key) {
        return new BackupTable(name, id, orderBy, references, key, secrets, learnerData);
    }

    BackupTable withSecrets(String... columns) {
        return new BackupTable(name, id, orderBy, references, mergeKey, Set.of(columns), learnerData);
    }

    public boolean hasId() {
        return id != null;
    }
}
