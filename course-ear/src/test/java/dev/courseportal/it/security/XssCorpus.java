package dev.courseportal.it.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The XSS vectors of {@code security/xss-vectors.txt} and the check that a page's HTML holds none of them live. */
final class XssCorpus {

    /**
     * A URL attribute of a real tag (one that starts with {@code <}, not an escaped {@code &lt;})
     * whose value starts with a scheme that runs code or carries a document.
     */
    private static final Pattern LIVE_URL = Pattern.compile(
            "(?i)<[a-z][^<>]*\\s(?:href|src|action|formaction|data|srcdoc|xlink:href)\\s*=\\s*[\"']?\\s*(?:javascript|vbscript|data:text/html)");

    private XssCorpus() {
    }

    static List<String> vectors() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/security/xss-vectors.txt")) {
            List<String> vectors = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    vectors.add(line);
                }
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What of {@code vectors} survives unescaped in {@code html}: a vector holding markup must never
     * appear as it was typed (escaping turns its {@code <} into {@code &lt;}), and no URL attribute
     * of the page may start with a script or document scheme.
     */
    static List<String> survivors(String html, List<String> vectors) {
        List<String> found = new ArrayList<>();
        for (String vector : vectors) {
            if (vector.indexOf('<') >= 0 && html.contains(vector)) {
                found.add(vector);
            }
        }
        var live = LIVE_URL.matcher(html);
        while (live.find()) {
            found.add("live URL: " + html.substring(live.start(), Math.min(html.length(), live.end() + 40)).toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
