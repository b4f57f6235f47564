package dev.courseportal.domain.progress.boundary;

import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.progress.control.ImportReport;
import dev.courseportal.domain.progress.control.ImportReport.Rejection;
import dev.courseportal.domain.progress.control.ProgressFileException;
import dev.courseportal.domain.progress.entity.LessonProgress;
import dev.courseportal.domain.progress.entity.LessonState;
import dev.courseportal.domain.progress.entity.QuizAttempt;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A learner's progress as a portable JSON file, and its import. An import merges: it never lowers
 * what is recorded, applying it twice changes nothing, and a file that is not a progress export
 * changes nothing at all.
 */
@Stateless
public class ProgressTransfer {

    public static final String FORMAT = "course-portal-progress";
    public static final int VERSION = 1;
    static final int MAX_ENTRIES = 10_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    public String exportJson(long accountId, String username) {
        JsonArrayBuilder lessons = Json.createArrayBuilder();
        for (LessonProgress p : em.createNamedQuery(LessonProgress.OF_ACCOUNT, LessonProgress.class)
                .setParameter("accountId", accountId).getResultList()) {
            var entry = Json.createObjectBuilder()
                    .add("lessonId", p.lessonId())
                    .add("state", p.state().name())
                    .add("firstVisitAt", p.firstVisitAt().toString())
                    .add("lastVisitAt", p.lastVisitAt().toString());
            if (p.completedAt() != null) {
                entry.add("completedAt", p.completedAt().toString());
            }
            lessons.add(entry);
        }
        JsonArrayBuilder attempts = Json.createArrayBuilder();
        for (QuizAttempt a : em.createNamedQuery(QuizAttempt.OF_ACCOUNT, QuizAttempt.class)
                .setParameter("accountId", accountId).getResultList()) {
            attempts.add(Json.createObjectBuilder()
                    .add("lessonId", a.lessonId())
                    .add("questionId", a.questionId())
                    .add("answer", a.answer())
                    .add("correct", a.correct())
                    .add("attemptedAt", a.attemptedAt().toString()));
        }
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("version", VERSION)
                .add("account", username)
                .add("exportedAt", Instant.now().toString())
                .add("lessons", lessons)
                .add("quizAttempts", attempts)
                .build()
                .toString();
    }

    public ImportReport importJson(long accountId, String json, Set<String> knownLessonIds) throws ProgressFileException {
        JsonObject root = parse(json);
        JsonArray lessons = arrayOrEmpty(root, "lessons");
        JsonArray attempts = arrayOrEmpty(root, "quizAttempts");
        if (lessons.size() + attempts.size() > MAX_ENTRIES) {
            throw new ProgressFileException("import.tooManyEntries", String.valueOf(MAX_ENTRIES));
        }
        int applied = 0;
        int unchanged = 0;
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            String where = "lessons[" + i + "]";
            try {
                JsonObject entry = lessons.getJsonObject(i);
                String lessonId = text(entry, "lessonId");
                if (!knownLessonIds.contains(lessonId)) {
                    rejected.add(new Rejection(where, "import.unknownLesson", List.of(lessonId)));
                    continue;
                }
                LessonState state = LessonState.valueOf(text(entry, "state"));
                Instant firstVisit = Instant.parse(text(entry, "firstVisitAt"));
                Instant completed = entry.containsKey("completedAt") && !entry.isNull("completedAt")
                        ? Instant.parse(entry.getString("completedAt")) : null;
                if (mergeLesson(accountId, lessonId, state, firstVisit, completed)) {
                    applied++;
                } else {
                    unchanged++;
                }
            } catch (ClassCastException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                rejected.add(new Rejection(where, "import.badEntry", List.of(String.valueOf(e.getMessage()))));
            }
        }
        Set<String> seen = existingAttempts(accountId);
        for (int i = 0; i < attempts.size(); i++) {
            String where = "quizAttempts[" + i + "]";
            try {
                JsonObject entry = attempts.getJsonObject(i);
                String lessonId = text(entry, "lessonId");
                if (!knownLessonIds.contains(lessonId)) {
                    rejected.add(new Rejection(where, "import.unknownLesson", List.of(lessonId)));
                    continue;
                }
                String questionId = text(entry, "questionId");
                String answer = text(entry, "answer");
                boolean correct = entry.getBoolean("correct");
                Instant at = Instant.parse(text(entry, "attemptedAt"));
                if (questionId.length() > 100 || answer.length() > 200) {
                    rejected.add(new Rejection(where, "import.badEntry", List.of("too long")));
                    continue;
                }
                if (seen.add(attemptKey(lessonId, questionId, answer, at))) {
                    em.persist(new QuizAttempt(accountId, lessonId, questionId, answer, correct, at));
                    applied++;
                } else {
                    unchanged++;
                }
            } catch (ClassCastException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                rejected.add(new Rejection(where, "import.badEntry", List.of(String.valueOf(e.getMessage()))));
            }
        }
        ImportReport report = new ImportReport(applied, unchanged, rejected);
        audited(accountId, lessons.size() + attempts.size(), report);
        return report;
    }

    /**
     * An accepted file is audited in the import's own transaction, so the entry stands exactly when
     * the import does; a file refused as a whole ({@link ProgressFileException}) leaves no entry.
     */
    private void audited(long accountId, int entries, ImportReport report) {
        Account account = em.find(Account.class, accountId);
        String who = account == null ? "account " + accountId : account.username();
        audit.record(who, AuditAction.PROGRESS_IMPORTED, who, "entries " + entries + ": applied " + report.applied()
                + ", unchanged " + report.unchanged() + ", rejected " + report.rejected().size());
    }

    /**
     * Single statements, as in {@link ProgressService}: the learner may be marking the same lessons
     * in another tab while the file is imported, and neither side may fail or undo the other. The
     * conditions in the statements keep the merge rules: nothing recorded is ever lowered.
     */
    private boolean mergeLesson(long accountId, String lessonId, LessonState state, Instant firstVisit, Instant completed) {
        boolean done = state == LessonState.DONE;
        Instant completedAt = done ? (completed != null ? completed : firstVisit) : null;
        int inserted = em.createNativeQuery("INSERT INTO lesson_progress (account_id, lesson_id, state, first_visit_at, "
                        + "last_visit_at, completed_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, accountId)
                .setParameter(2, lessonId)
                .setParameter(3, done ? LessonState.DONE.name() : LessonState.VISITED.name())
                .setParameter(4, firstVisit)
                .setParameter(5, done ? completedAt : firstVisit)
                .setParameter(6, completedAt)
                .executeUpdate();
        if (inserted > 0) {
            return true;
        }
        int earlier = em.createNativeQuery("UPDATE lesson_progress SET first_visit_at = ?1, version = version + 1 "
                        + "WHERE account_id = ?2 AND lesson_id = ?3 AND first_visit_at > ?1")
                .setParameter(1, firstVisit)
                .setParameter(2, accountId)
                .setParameter(3, lessonId)
                .executeUpdate();
        int completedNow = !done ? 0 : em.createNativeQuery("UPDATE lesson_progress SET state = 'DONE', "
                        + "completed_at = ?1, version = version + 1 WHERE account_id = ?2 AND lesson_id = ?3 AND state <> 'DONE'")
                .setParameter(1, completed != null ? completed : Instant.now())
                .setParameter(2, accountId)
                .setParameter(3, lessonId)
                .executeUpdate();
        return earlier + completedNow > 0;
    }

    private Set<String> existingAttempts(long accountId) {
        Set<String> keys = new HashSet<>();
        for (QuizAttempt a : em.createNamedQuery(QuizAttempt.OF_ACCOUNT, QuizAttempt.class)
                .setParameter("accountId", accountId).getResultList()) {
            keys.add(attemptKey(a.lessonId(), a.questionId(), a.answer(), a.attemptedAt()));
        }
        return keys;
    }

    private static String attemptKey(String lessonId, String questionId, String answer, Instant at) {
        return lessonId + '\u0000' + questionId + '\u0000' + answer + '\u0000' + at.toEpochMilli();
    }

    private static JsonObject parse(String json) throws ProgressFileException {
        if (json == null || json.isBlank()) {
            throw new ProgressFileException("import.empty");
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ProgressFileException("import.notAnExport");
            }
            root = value.asJsonObject();
        } catch (JsonException e) {
            throw new ProgressFileException("import.notJson");
        }
        if (!FORMAT.equals(root.getString("format", null))) {
            throw new ProgressFileException("import.notAnExport");
        }
        if (root.getInt("version", -1) != VERSION) {
            throw new ProgressFileException("import.unsupportedVersion", String.valueOf(root.get("version")));
        }
        return root;
    }

    private static JsonArray arrayOrEmpty(JsonObject root, String name) throws ProgressFileException {
        JsonValue value = root.get(name);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ProgressFileException("import.notAnExport");
        }
        return value.asJsonArray();
    }

    private static String text(JsonObject entry, String name) {
        String value = entry.getString(name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return value;
    }
}
