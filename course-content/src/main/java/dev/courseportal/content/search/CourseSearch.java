package dev.courseportal.content.search;

import dev.courseportal.content.Course;
import dev.courseportal.content.Lesson;
import dev.courseportal.content.LessonSection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over every section of every lesson, built once from a {@link Course} and kept in memory. Thread-safe:
 * the index is read-only after construction. Queries are plain words, not Lucene syntax, so no user input can make a
 * search fail: it finds something or nothing.
 */
public final class CourseSearch implements AutoCloseable {
    static final String LESSON_ID = "lessonId";
    static final String MODULE_ID = "moduleId";
    static final String LESSON_TITLE = "lessonTitle";
    static final String ANCHOR = "anchor";
    static final String HEADING = "heading";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String CODE = "code";
    /** Longer queries are cut: nobody types more, and each word costs clauses. */
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_LIMIT = 100;

    private static final Map<String, Float> FIELD_BOOSTS = boosts();

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final SnippetMaker snippets;

    private CourseSearch(Directory directory, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
        this.snippets = new SnippetMaker(analyzer);
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(TITLE, 2f);
        boosts.put(HEADING, 2f);
        boosts.put(TEXT, 1f);
        boosts.put(CODE, 1.5f);
        return Collections.unmodifiableMap(boosts);
    }

    /** Indexes every lesson section of the course. */
    public static CourseSearch build(Course course) {
        Analyzer prose = new ProseAnalyzer();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(prose, Map.of(CODE, new CodeTermAnalyzer()));
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Lesson lesson : course.lessons()) {
                for (LessonSection section : lesson.sections()) {
                    writer.addDocument(document(lesson, section));
                }
            }
            writer.commit();
            return new CourseSearch(directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory search index", e);
        }
    }

    private static Document document(Lesson lesson, LessonSection section) {
        Document document = new Document();
        document.add(new StoredField(LESSON_ID, lesson.id()));
        document.add(new StoredField(MODULE_ID, lesson.moduleId()));
        document.add(new StoredField(LESSON_TITLE, lesson.title()));
        document.add(new StoredField(ANCHOR, section.anchor()));
        document.add(new TextField(HEADING, section.heading(), Field.Store.YES));
        document.add(new TextField(TITLE, lesson.title() + "\n" + String.join(" ", lesson.tags()), Field.Store.NO));
        document.add(new TextField(TEXT, section.text(), Field.Store.YES));
        document.add(new TextField(CODE, section.heading() + "\n" + section.text(), Field.Store.NO));
        return document;
    }

    /**
     * Finds the sections that best match the words of {@code query}, best first.
     *
     * @param limit how many hits at most (1 to 100)
     * @return the hits; empty for a blank query or when nothing matches
     */
    public List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String words = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
        Query luceneQuery = toQuery(words.strip());
        if (luceneQuery == null) {
            return List.of();
        }
        try {
            ScoreDoc[] found = searcher.search(luceneQuery, Math.max(1, Math.min(limit, MAX_LIMIT))).scoreDocs;
            List<SearchHit> hits = new ArrayList<>(found.length);
            for (ScoreDoc scoreDoc : found) {
                hits.add(hit(searcher.storedFields().document(scoreDoc.doc), luceneQuery, scoreDoc.score));
            }
            return hits;
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index failed", e);
        }
    }

    /** Any word in any field matches; the same words next to each other match more. */
    private Query toQuery(String words) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query terms = builder.createBooleanQuery(field.getKey(), words, BooleanClause.Occur.SHOULD);
            if (terms != null) {
                query.add(new BoostQuery(terms, field.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            Query phrase = builder.createPhraseQuery(field.getKey(), words);
            if (phrase != null && !phrase.equals(terms)) {
                query.add(new BoostQuery(phrase, field.getValue() * 2), BooleanClause.Occur.SHOULD);
            }
        }
        return clauses == 0 ? null : query.build();
    }

    private SearchHit hit(Document document, Query query, float score) {
        return new SearchHit(document.get(LESSON_ID), document.get(MODULE_ID), document.get(LESSON_TITLE),
                document.get(ANCHOR), document.get(HEADING), snippets.snippet(query, document.get(TEXT)), score);
    }

    /** How many sections are indexed. */
    public int sectionCount() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
