package dev.courseportal.content.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one shell command line into words the way the shell would for the purpose of finding curl's options and
 * URL: quotes removed, {@code $(...)} kept inside its word, operators ({@code | && ; ( )}) as words of their own,
 * a {@code #} comment dropped.
 */
final class ShellWords {
    private ShellWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int close = line.indexOf(c, i + 1);
                int end = close < 0 ? line.length() : close;
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int depth = 0;
                int j = i + 1;
                for (; j < line.length(); j++) {
                    depth += line.charAt(j) == '(' ? 1 : line.charAt(j) == ')' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                word.append(line, i, Math.min(j + 1, line.length()));
                inWord = true;
                i = j + 1;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c) || "|&;()".indexOf(c) >= 0 || (c == '#' && !inWord)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if (c == '#') {
                    break;
                }
                if ("|&;()".indexOf(c) >= 0) {
                    boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == c && c != ';';
                    words.add(doubled ? "" + c + c : String.valueOf(c));
                    i += doubled ? 2 : 1;
                } else {
                    i++;
                }
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
