package dev.courseportal.content.search;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseLoader;
import dev.courseportal.content.TestCourses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseSearchTest {
    private static final Pattern ONLY_MARK_TAGS = Pattern.compile("<(?!/?mark>)");
    private static CourseSearch search;

    @BeforeAll
    static void build() {
        Course course = new CourseLoader().load(TestCourses.valid());
        search = CourseSearch.build(course);
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    private static List<String> lessons(String query) {
        return search.search(query, 20).stream().map(SearchHit::lessonId).distinct().toList();
    }

    @Test
    void indexesEverySection() {
        assertTrue(search.sectionCount() >= 8, "one document per heading: " + search.sectionCount());
    }

    @Test
    void russianQueryFindsInflectedForms() {
        List<SearchHit> hits = search.search("слот", 10);
        assertFalse(hits.isEmpty());
        SearchHit hit = hits.stream().filter(h -> h.snippetHtml().contains("<mark>слотов</mark>")).findFirst()
                .orElseThrow(() -> new AssertionError("no snippet marks 'слотов': " + hits));
        assertEquals("slots", hit.lessonId());
        assertEquals("basics", hit.moduleId());
        assertEquals("Слоты репликации", hit.lessonTitle());
        assertEquals("слоты-репликации", hit.anchor());
        assertEquals("Слоты репликации", hit.headingText());
    }

    @Test
    void inflectedQueryFindsTheBaseForm() {
        assertTrue(lessons("журналом").contains("intro"));
        assertTrue(lessons("изменениях").contains("intro"));
    }

    @Test
    void codeTermsFindTheLessonsThatUseThem() {
        assertEquals("slots", lessons("slot.name").get(0));
        assertEquals("slots", lessons("pgoutput").get(0));
        assertEquals("slots", lessons("REPLICA IDENTITY").get(0));
        assertEquals(List.of("heartbeat"), lessons("heartbeat.action.query"));
        assertEquals("slots", lessons("max_replication_slots").get(0));
    }

    @Test
    void codeTermHitsLinkToTheirSection() {
        SearchHit hit = search.search("REPLICA IDENTITY", 1).get(0);
        assertEquals("мониторинг-слотов", hit.anchor());
        assertEquals("Мониторинг слотов", hit.headingText());
        assertTrue(hit.snippetHtml().contains("<mark>REPLICA</mark> <mark>IDENTITY</mark>"), hit.snippetHtml());
    }

    @Test
    void dottedTermIsHighlightedWhole() {
        SearchHit hit = search.search("heartbeat.action.query", 1).get(0);
        assertTrue(hit.snippetHtml().contains("<mark>heartbeat.action.query</mark>"), hit.snippetHtml());
    }

    @Test
    void hitsAreRankedBestFirst() {
        List<SearchHit> hits = search.search("слоты репликации", 10);
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
        assertEquals("slots", hits.get(0).lessonId());
        assertTrue(search.search("слоты", 2).size() <= 2);
    }

    @Test
    void titleOnlyMatchesGetTheOpeningWordsAsSnippet() {
        SearchHit hit = search.search("эволюция", 1).get(0);
        assertEquals("schemas", hit.lessonId());
        assertFalse(hit.snippetHtml().isBlank());
    }

    @Test
    void snippetsAreEscapedTextWithMarksOnly() {
        for (String query : List.of("slot.name", "connector.class", "inventory", "heartbeat", "слот", "avro")) {
            for (SearchHit hit : search.search(query, 20)) {
                assertFalse(ONLY_MARK_TAGS.matcher(hit.snippetHtml()).find(), hit.snippetHtml());
            }
        }
        SearchHit json = search.search("connector.class", 1).get(0);
        assertTrue(json.snippetHtml().contains("&quot;<mark>connector.class</mark>&quot;"), json.snippetHtml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "(", "AND", "OR NOT", "a:b:c", "*", "?", "~", "slot.name\"", "[TO]",
            "{!}", "\\", "/regex/", "title:слот", "((((", "+-&&||!", "слот^100", "\u0000", "😀"})
    void anyInputIsASearchNotAnError(String query) {
        assertDoesNotThrow(() -> search.search(query, 10));
    }

    @Test
    void hostileOrHugeInputIsBounded() {
        assertDoesNotThrow(() -> search.search("слот ".repeat(10_000), 10));
        assertDoesNotThrow(() -> search.search(null, 10));
        assertDoesNotThrow(() -> search.search("слот", 0));
        assertTrue(search.search("слот", -5).size() <= 1);
        assertTrue(search.search("нечтонесуществующее", 10).isEmpty());
    }

    @Test
    void searchesFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String query = List.of("слот", "slot.name", "REPLICA IDENTITY", "heartbeat.action.query").get(i % 4);
                tasks.add(() -> search.search(query, 5).get(0).lessonId());
            }
            List<String> expected = List.of("slots", "slots", "slots", "heartbeat");
            List<Future<String>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % 4), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
