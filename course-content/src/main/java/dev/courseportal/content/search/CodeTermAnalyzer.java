package dev.courseportal.content.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

import java.util.regex.Pattern;

/**
 * Code terms as written: property names ({@code heartbeat.action.query}), identifiers ({@code slot_name}) and
 * keywords ({@code REPLICA IDENTITY}) stay whole tokens, lower-cased, so that a query for them finds exactly the
 * lessons that use them. Dots, underscores and hyphens belong to a token; punctuation at its ends does not.
 */
final class CodeTermAnalyzer extends Analyzer {
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[._-]+|[._-]+$");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(CodeTermAnalyzer::isTermChar);
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new PatternReplaceFilter(stream, EDGE_PUNCTUATION, "", true);
        stream = new LengthFilter(stream, 1, 255);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static boolean isTermChar(int c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }
}
