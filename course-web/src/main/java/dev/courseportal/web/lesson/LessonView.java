package dev.courseportal.web.lesson;

import dev.courseportal.content.Lesson;
import dev.courseportal.content.QuestionType;
import dev.courseportal.content.QuizQuestion;
import dev.courseportal.domain.capstone.ChecklistService;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.domain.progress.entity.QuizAttempt;
import dev.courseportal.web.learner.CurrentLearner;
import dev.courseportal.web.learner.LearnerProgress;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One lesson: its text, "mark as done", and the knowledge check with immediate feedback. Only the
 * lesson id and the learner's answers live in the view state; the lesson itself comes from the
 * shared course model on every request.
 */
@Named
@ViewScoped
public class LessonView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String INTENDED = "done-form:intended";
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9-]{1,100}");

    @EJB
    CourseCatalog catalog;

    @EJB
    ProgressService progress;

    @EJB
    ChecklistService checklist;

    @Inject
    CurrentLearner learner;

    @Inject
    LearnerProgress learnerProgress;

    private String id;
    // Looked up once, not at each of the dozens of times a render asks (the course never changes
    // while the server runs); transient, as the course model is shared and not serializable.
    private transient Lesson lesson;
    private final Map<String, String> single = new HashMap<>();
    private final Map<String, List<String>> multiple = new HashMap<>();
    private final Map<String, Boolean> checked = new HashMap<>();
    private final Map<String, Boolean> ticks = new HashMap<>();

    public void load() throws IOException {
        if (id == null || !LESSON_ID.matcher(id).matches() || catalog.course().lesson(id).isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "lesson");
            faces.responseComplete();
            return;
        }
        progress.visit(learner.getAccountId(), id, null);
        learnerProgress.refresh();
        Lesson lesson = catalog.course().lesson(id).orElseThrow();
        if (!lesson.checklist().isEmpty()) {
            Set<String> ticked = checklist.ticked(learner.getAccountId(), id);
            lesson.checklist().forEach(group -> group.items()
                    .forEach(item -> ticks.put(item.id(), ticked.contains(item.id()))));
        }
        for (QuizAttempt attempt : progress.quizAttemptsIn(learner.getAccountId(), id)) {
            checked.put(attempt.questionId(), attempt.correct());
        }
    }

    public Lesson getLesson() {
        if (lesson == null && id != null) {
            lesson = catalog.course().lesson(id).orElse(null);
        }
        return lesson;
    }

    public Optional<Lesson> previous() {
        return catalog.course().previous(id);
    }

    public Optional<Lesson> next() {
        return catalog.course().next(id);
    }

    public Lesson getPrevious() {
        return previous().orElse(null);
    }

    public Lesson getNext() {
        return next().orElse(null);
    }

    public boolean isDone() {
        return learnerProgress.isDone(id);
    }

    /**
     * Sets the state the button offered when its page was rendered ({@value #INTENDED}: "done" or
     * "open"), so that two tabs of one lesson cannot undo each other: a tab rendered before another
     * tab marked the lesson still offers "done", and leaves it done. Only a request without that
     * field (a page of an older version) toggles; an unknown value changes nothing.
     */
    public void toggleDone() {
        String intended = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(INTENDED);
        boolean markDone;
        if (intended == null) {
            markDone = !isDone();
        } else if ("done".equals(intended) || "open".equals(intended)) {
            markDone = "done".equals(intended);
        } else {
            return;
        }
        if (markDone) {
            progress.markDone(learner.getAccountId(), id);
        } else {
            progress.markNotDone(learner.getAccountId(), id);
        }
        learnerProgress.refresh();
        reloadAfterPlainPost("");
    }

    /**
     * A post without JavaScript (no ajax) is answered with a redirect to the lesson (post, redirect,
     * get): the whole page, course tree and header included, is rendered from what is stored now,
     * and reloading it does not send the form again.
     */
    private void reloadAfterPlainPost(String fragment) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/lesson.xhtml?id=" + id + fragment);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void check(String questionId) {
        QuizQuestion question = question(questionId);
        if (question == null) {
            return;
        }
        Set<Integer> chosen = chosen(question);
        if (chosen.isEmpty()) {
            checked.remove(questionId);
            return;
        }
        boolean correct = question.isAnsweredBy(chosen);
        checked.put(questionId, correct);
        progress.recordQuizAnswer(learner.getAccountId(), id, questionId, join(chosen), correct);
        reloadAfterPlainPost("#quiz");
    }

    private Set<Integer> chosen(QuizQuestion question) {
        List<String> raw = new ArrayList<>();
        if (question.type() == QuestionType.SINGLE) {
            Optional.ofNullable(single.get(question.id())).ifPresent(raw::add);
        } else {
            Optional.ofNullable(multiple.get(question.id())).ifPresent(raw::addAll);
        }
        Set<Integer> chosen = new TreeSet<>();
        for (String value : raw) {
            try {
                int index = Integer.parseInt(value);
                if (index >= 0 && index < question.options().size()) {
                    chosen.add(index);
                }
            } catch (NumberFormatException ignored) {
                // a forged option value is simply not an answer
            }
        }
        return chosen;
    }

    private QuizQuestion question(String questionId) {
        Lesson lesson = getLesson();
        return lesson == null ? null : lesson.quiz().stream()
                .filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
    }

    private static String join(Set<Integer> chosen) {
        return String.join(",", chosen.stream().map(String::valueOf).toList());
    }

    /** The learner's ticks on this lesson's checklist, by item id; the page binds checkboxes to it. */
    public Map<String, Boolean> getTicks() {
        return ticks;
    }

    /** Saves one checklist item as the checkbox now shows it; ids the lesson does not declare are ignored. */
    public void saveTick(String itemId) {
        Lesson lesson = getLesson();
        boolean declared = lesson != null && lesson.checklist().stream()
                .anyMatch(group -> group.items().stream().anyMatch(item -> item.id().equals(itemId)));
        if (declared) {
            checklist.set(learner.getAccountId(), id, itemId, Boolean.TRUE.equals(ticks.get(itemId)));
        }
    }

    /** Saves every item of the lesson's checklist as the form shows it. */
    public void saveChecklist() {
        Lesson lesson = getLesson();
        if (lesson == null) {
            return;
        }
        lesson.checklist().forEach(group -> group.items().forEach(item ->
                checklist.set(learner.getAccountId(), id, item.id(), Boolean.TRUE.equals(ticks.get(item.id())))));
    }

    public long getTickedCount() {
        return ticks.values().stream().filter(Boolean::booleanValue).count();
    }

    /** The options of a question as select items whose values are the option indexes. */
    public List<SelectItem> options(QuizQuestion question) {
        List<SelectItem> items = new ArrayList<>(question.options().size());
        for (int i = 0; i < question.options().size(); i++) {
            items.add(new SelectItem(String.valueOf(i), question.options().get(i)));
        }
        return items;
    }

    /** Whether the question was answered, and then whether rightly: null, TRUE or FALSE. */
    public Boolean result(String questionId) {
        return checked.get(questionId);
    }

    public int getCorrectCount() {
        return (int) checked.values().stream().filter(Boolean::booleanValue).count();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
        this.lesson = null;
    }

    public Map<String, String> getSingle() {
        return single;
    }

    public Map<String, List<String>> getMultiple() {
        return multiple;
    }
}
