package dev.courseportal.it.reliability;

import java.nio.charset.StandardCharsets;

/**
 * A backup file large enough that its restore takes a few seconds, so that a test can take the
 * database away in the middle of it: {@code learners} accounts with progress in {@code lessons}
 * lessons each, in the format of {@code dev.courseportal.domain.backup}.
 */
final class BigBackup {

    static final String PREFIX = "restored-";

    private BigBackup() {
    }

    static byte[] of(int learners, int lessons) {
        StringBuilder json = new StringBuilder(learners * lessons * 120);
        json.append("{\"format\":\"course-portal-backup\",\"version\":1,\"schemaVersion\":\"1\",")
                .append("\"exportedAt\":\"2026-01-01T00:00:00Z\",\"secrets\":false,\"tables\":[");
        json.append("{\"name\":\"account\",\"columns\":[\"id\",\"username\",\"display_name\",\"created_at\"],\"rows\":[");
        for (int a = 1; a <= learners; a++) {
            json.append(a > 1 ? "," : "").append('[').append(a).append(",\"").append(PREFIX).append(a)
                    .append("\",\"Слушатель ").append(a).append("\",\"2026-01-01T00:00:00Z\"]");
        }
        json.append("]},{\"name\":\"account_role\",\"columns\":[\"account_id\",\"role\"],\"rows\":[");
        for (int a = 1; a <= learners; a++) {
            json.append(a > 1 ? "," : "").append('[').append(a).append(",\"LEARNER\"]");
        }
        json.append("]},{\"name\":\"lesson_progress\",\"columns\":[\"id\",\"account_id\",\"lesson_id\",\"state\",")
                .append("\"first_visit_at\",\"last_visit_at\",\"version\"],\"rows\":[");
        int id = 0;
        for (int a = 1; a <= learners; a++) {
            for (int l = 0; l < lessons; l++) {
                json.append(id > 0 ? "," : "").append('[').append(++id).append(',').append(a).append(",\"lesson-")
                        .append(l).append("\",\"VISITED\",\"2026-01-02T00:00:00Z\",\"2026-01-02T00:00:00Z\",0]");
            }
        }
        json.append("]}]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
