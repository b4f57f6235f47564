package dev.courseportal.content.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The excerpt shown under a hit: the best fragment of the section with its matches in {@code <mark>}, the rest
 * HTML-escaped. Prose matches are looked for first, then code-term matches; a section matched only by its title gets
 * its opening words. Highlighters keep state, so one is made per snippet.
 */
final class SnippetMaker {
    private static final int FRAGMENT_CHARS = 180;
    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

    private final Analyzer analyzer;

    SnippetMaker(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String snippet(Query query, String text) {
        for (String field : new String[] {CourseSearch.TEXT, CourseSearch.CODE}) {
            String fragment = highlight(query, field, text);
            if (fragment != null) {
                return fragment.strip();
            }
        }
        return opening(text);
    }

    private String highlight(Query query, String field, String text) {
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        try {
            return highlighter.getBestFragment(analyzer, field, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    private static String opening(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= FRAGMENT_CHARS) {
            return ENCODER.encodeText(flat);
        }
        int cut = flat.lastIndexOf(' ', FRAGMENT_CHARS);
        return ENCODER.encodeText(flat.substring(0, cut > 0 ? cut : FRAGMENT_CHARS)) + " …";
    }
}
