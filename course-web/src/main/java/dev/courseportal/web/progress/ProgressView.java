package dev.courseportal.web.progress;

import dev.courseportal.content.CourseModule;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.domain.progress.boundary.ProgressTransfer;
import dev.courseportal.domain.progress.control.ImportReport;
import dev.courseportal.domain.progress.control.ProgressFileException;
import dev.courseportal.domain.progress.entity.LessonProgress;
import dev.courseportal.domain.progress.entity.QuizAttempt;
import dev.courseportal.web.learner.CurrentLearner;
import dev.courseportal.web.learner.LearnerProgress;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/** The learner's own progress: per module and overall, dates, quiz scores; export and import. */
@Named
@ViewScoped
public class ProgressView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_UPLOAD_BYTES = 1024 * 1024;
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** One lesson's line in the table. */
    public record LessonRow(Lesson lesson, boolean done, Instant completedAt, Instant lastVisitAt, int quizCorrect,
                            int quizTotal) implements Serializable {
        public boolean hasQuiz() {
            return quizTotal > 0;
        }

        /** The completion time in UTC, minutes precision, for the table. */
        public String completedAtText() {
            return completedAt == null ? "" : DATE_TIME.format(completedAt);
        }
    }

    /** One module with its lessons. */
    public record ModuleRow(CourseModule module, int done, int total, int percent, List<LessonRow> lessons)
            implements Serializable {
    }

    @EJB
    CourseCatalog catalog;

    @EJB
    ProgressService progress;

    @EJB
    ProgressTransfer transfer;

    @Inject
    CurrentLearner learner;

    @Inject
    LearnerProgress learnerProgress;

    private transient Part upload;
    private transient List<ModuleRow> modules;

    public List<ModuleRow> getModules() {
        if (modules == null) {
            modules = build();
        }
        return modules;
    }

    private List<ModuleRow> build() {
        Map<String, Map<String, Boolean>> latest = new HashMap<>();
        for (QuizAttempt attempt : progress.quizAttemptsOf(learner.getAccountId())) {
            latest.computeIfAbsent(attempt.lessonId(), k -> new HashMap<>()).put(attempt.questionId(), attempt.correct());
        }
        List<ModuleRow> rows = new ArrayList<>();
        for (CourseModule module : catalog.course().modules()) {
            List<LessonRow> lessons = new ArrayList<>();
            for (Lesson lesson : module.lessons()) {
                LessonProgress p = learnerProgress.of(lesson.id()).orElse(null);
                Map<String, Boolean> answers = latest.getOrDefault(lesson.id(), Map.of());
                Set<String> questionIds = lesson.quiz().stream().map(q -> q.id()).collect(Collectors.toSet());
                int correct = (int) answers.entrySet().stream()
                        .filter(e -> questionIds.contains(e.getKey()) && e.getValue()).count();
                lessons.add(new LessonRow(lesson, p != null && p.done(), p == null ? null : p.completedAt(),
                        p == null ? null : p.lastVisitAt(), correct, lesson.quiz().size()));
            }
            int done = (int) lessons.stream().filter(LessonRow::done).count();
            rows.add(new ModuleRow(module, done, lessons.size(), learnerProgress.percentOf(module), lessons));
        }
        return rows;
    }

    public void importFile() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        if (upload == null || upload.getSize() == 0) {
            error(faces, msg.getString("import.empty"));
            return;
        }
        if (upload.getSize() > MAX_UPLOAD_BYTES) {
            error(faces, MessageFormat.format(msg.getString("import.tooLarge"), MAX_UPLOAD_BYTES / 1024));
            return;
        }
        String json;
        try (InputStream in = upload.getInputStream()) {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readNBytes(MAX_UPLOAD_BYTES + 1))).toString();
        } catch (CharacterCodingException e) {
            error(faces, msg.getString("import.notJson"));
            return;
        } catch (IOException e) {
            error(faces, msg.getString("import.readFailed"));
            return;
        }
        Set<String> known = catalog.course().lessons().stream().map(Lesson::id).collect(Collectors.toSet());
        try {
            ImportReport report = transfer.importJson(learner.getAccountId(), json, known);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(msg.getString("import.done"), report.applied(), report.unchanged(),
                            report.rejected().size()), null));
            for (ImportReport.Rejection rejection : report.rejected()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, rejection.where() + ": "
                        + MessageFormat.format(msg.getString(rejection.messageKey()), rejection.args().toArray()), null));
            }
        } catch (ProgressFileException e) {
            error(faces, MessageFormat.format(msg.getString(e.messageKey()), e.args().toArray()));
        }
        learnerProgress.refresh();
        modules = null;
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
