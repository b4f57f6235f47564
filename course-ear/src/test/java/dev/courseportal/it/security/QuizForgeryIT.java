package dev.courseportal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.it.Portal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged quiz answers: the lesson page's quiz form posted by hand, with the session's own view
 * state and nonce, but with option values the question does not offer, or for a question the
 * lesson does not have. Nothing may be recorded (the learner's quiz answers, read back through the
 * progress API, stay at zero for the lesson) and the forged value is never echoed; then the same
 * post with an offered option is recorded, so the refusals are no accident of the posting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizForgeryIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Pattern QUIZ_FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*class=\"quiz-question\"");
    private static String learner;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SecurityDeployment.withFixtures();
    }

    @BeforeAll
    static void data() {
        learner = "quiz-forger-" + RUN;
        Probe.fixture("account", "username", learner, "name", "Quiz forger " + RUN, "role", "LEARNER");
    }

    /** One question form of a lesson page: its client id, whether it is multiple choice, how many options. */
    private record Question(String formId, boolean multiple, int options) {
        String field() {
            return formId + (multiple ? ":answers" : ":answer");
        }
    }

    private static List<Question> questions(String html) {
        List<Question> found = new ArrayList<>();
        Matcher form = QUIZ_FORM.matcher(html);
        while (form.find()) {
            String id = form.group(1);
            int end = html.indexOf("</form>", form.end());
            String body = html.substring(form.end(), end);
            boolean multiple = body.contains("name=\"" + id + ":answers\"");
            Matcher option = Pattern.compile("name=\"" + Pattern.quote(id + (multiple ? ":answers" : ":answer")) + "\"").matcher(body);
            int options = 0;
            while (option.find()) {
                options++;
            }
            found.add(new Question(id, multiple, options));
        }
        return found;
    }

    /** How many of a lesson's questions the learner has answered, as the progress API reports it. */
    private static int answered(String lessonId) {
        WebSession.Answer answer = WebSession.basic(Portal.baseUri(), learner, SecurityFixtures.PASSWORD)
                .get("api/learners/me/progress");
        assertEquals(200, answer.status(), answer.body());
        Matcher line = Pattern.compile("\\{[^{}]*\"lessonId\":\"" + Pattern.quote(lessonId) + "\"[^{}]*}").matcher(answer.body());
        assertTrue(line.find(), () -> lessonId + " in " + answer.body());
        Matcher count = Pattern.compile("\"quizAnswered\":(\\d+)").matcher(line.group());
        assertTrue(count.find(), line.group());
        return Integer.parseInt(count.group(1));
    }

    /** Posts a question's form as the browser would (the ajax post of its check button) with the given values. */
    private static WebSession.Answer post(WebSession session, String lessonId, String formId, String field, List<String> values) {
        WebSession.Answer page = session.get("lesson.xhtml?id=" + lessonId);
        assertEquals(200, page.status());
        StringBuilder body = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        // As PrimeFaces' p:ajax of the check button posts it (process="@form" update="@form").
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", formId + ":check");
        fields.put("jakarta.faces.partial.execute", formId);
        fields.put("jakarta.faces.partial.render", formId);
        fields.put("jakarta.faces.behavior.event", "action");
        fields.put("jakarta.faces.partial.event", "click");
        fields.put(formId, formId);
        fields.put(formId + ":check", formId + ":check");
        fields.put("jakarta.faces.ViewState", page.viewState());
        assertNotNull(page.nonce(), "the lesson page carries PrimeFaces' nonce");
        fields.put("primefaces.nonce", page.nonce());
        fields.forEach((k, v) -> body.append(encode(k)).append('=').append(encode(v)).append('&'));
        for (String value : values) {
            body.append(encode(field)).append('=').append(encode(value)).append('&');
        }
        return session.send(java.net.http.HttpRequest.newBuilder(session.resolve("lesson.xhtml?id=" + lessonId))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .header("Accept", "application/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The quiz feedback a page shows (a question marked right or wrong), with some context; empty if none. */
    private static String feedbackIn(String html) {
        Matcher shown = Pattern.compile("class=\"quiz-(correct|wrong)\"").matcher(html);
        if (!shown.find()) {
            return "";
        }
        int from = Math.max(0, html.lastIndexOf("<form", shown.start()));
        return html.substring(from, Math.min(html.length(), shown.end() + 300));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void answersThatAreNoOfferedOptionAreRefusedAndNothingIsRecorded() {
        WebSession session = WebSession.signedIn(Portal.baseUri(), learner, SecurityFixtures.PASSWORD);
        // A lesson whose quiz has a single-choice and a multiple-choice question.
        String lessonId = null;
        List<Question> quiz = List.of();
        for (String id : Probe.fixture("lessons").split("\n")) {
            List<Question> questions = questions(session.get("lesson.xhtml?id=" + id).body());
            if (questions.stream().anyMatch(Question::multiple) && questions.stream().anyMatch(q -> !q.multiple())) {
                lessonId = id;
                quiz = questions;
                break;
            }
        }
        assertNotNull(lessonId, "some lesson has a single- and a multiple-choice question");
        Question single = quiz.stream().filter(q -> !q.multiple()).findFirst().orElseThrow();
        Question multiple = quiz.stream().filter(Question::multiple).findFirst().orElseThrow();
        assertTrue(single.options() >= 2 && multiple.options() >= 2, quiz::toString);
        assertEquals(0, answered(lessonId), "a new learner has answered nothing");

        String marker = "424242" + RUN.replaceAll("[^0-9]", "");
        String word = "forged-" + RUN;
        List<String[]> forgeries = new ArrayList<>();
        // [form id, field, values...]
        forgeries.add(new String[] {single.formId(), single.field(), String.valueOf(single.options())});
        forgeries.add(new String[] {single.formId(), single.field(), marker});
        forgeries.add(new String[] {single.formId(), single.field(), "-1"});
        forgeries.add(new String[] {single.formId(), single.field(), word});
        forgeries.add(new String[] {multiple.formId(), multiple.field(), "0", String.valueOf(multiple.options())});
        forgeries.add(new String[] {multiple.formId(), multiple.field(), marker});
        forgeries.add(new String[] {multiple.formId(), multiple.field(), word, "1"});
        // A question the lesson does not have: the row after the last one of the quiz's repeat.
        String unknown = single.formId().replaceFirst(":\\d+:quiz$", ":" + quiz.size() + ":quiz");
        assertFalse(unknown.equals(single.formId()), () -> "the quiz forms are rows of a repeat: " + single.formId());
        forgeries.add(new String[] {unknown, unknown + ":answer", "0"});
        forgeries.add(new String[] {unknown, unknown + ":answers", "0", "1"});
        for (String[] forgery : forgeries) {
            List<String> values = List.of(forgery).subList(2, forgery.length);
            WebSession.Answer answer = post(session, lessonId, forgery[0], forgery[1], values);
            String what = forgery[1] + "=" + values;
            assertEquals(200, answer.status(), () -> what + " ends on the lesson page, not an error");
            assertFalse(answer.body().contains(marker) || answer.body().contains(word), () -> what + " is echoed");
            assertTrue(answer.body().contains("<partial-response") && !answer.body().contains("<error>"),
                    () -> what + " gets an ordinary partial response: " + answer.body());
            String feedback = feedbackIn(answer.body());
            assertTrue(feedback.isEmpty(), () -> what + " got feedback as if it were an answer: " + feedback);
        }
        assertEquals(0, answered(lessonId), "no forged answer was recorded");

        // The same posts with offered options are recorded: the forms were addressed right.
        WebSession.Answer genuine = post(session, lessonId, single.formId(), single.field(), List.of("0"));
        assertFalse(feedbackIn(genuine.body()).isEmpty(), () -> "feedback on a real answer: " + genuine.body());
        assertEquals(1, answered(lessonId), "an offered option is recorded");
        post(session, lessonId, multiple.formId(), multiple.field(), List.of("0", "1"));
        assertEquals(2, answered(lessonId), "offered options of the multiple-choice question are recorded");
        System.out.println("QuizForgeryIT: " + forgeries.size() + " forged quiz posts refused in lesson " + lessonId);
    }
}
