package dev.courseportal.content.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;

/**
 * Emits two Russian stems of a word at the same position: the light stemmer's (good with nouns: {@code журнал} and
 * {@code журналом} meet) and Snowball's (good with verbs: {@code читает} and {@code читал} meet). Each stemmer alone
 * misses what the other finds; a query token matches either. Words without Cyrillic endings pass unchanged.
 */
final class RussianStemsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final RussianLightStemmer light = new RussianLightStemmer();
    private final RussianStemmer snowball = new RussianStemmer();
    private State pendingState;
    private String pendingStem;

    RussianStemsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingStem != null) {
            restoreState(pendingState);
            term.setEmpty().append(pendingStem);
            position.setPositionIncrement(0);
            pendingStem = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        snowball.setCurrent(term.toString());
        snowball.stem();
        String snowballStem = snowball.getCurrent();
        term.setLength(light.stem(term.buffer(), term.length()));
        if (!snowballStem.contentEquals(term)) {
            pendingState = captureState();
            pendingStem = snowballStem;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingState = null;
        pendingStem = null;
    }
}
