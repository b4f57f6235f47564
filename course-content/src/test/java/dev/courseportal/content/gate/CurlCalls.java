package dev.courseportal.content.gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code curl} calls to Kafka Connect's REST API in a shell block: the ones addressed to port 8083 of the
 * lab ({@code localhost}, {@code connect} inside the stack) or through a variable named after Connect
 * ({@code $LAB_CONNECT_URL}), with the HTTP method curl would use.
 */
final class CurlCalls {
    private static final Pattern CONNECT_BASE = Pattern.compile(
            "^(?:https?://)?(?:(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|connect):8083|\\$\\{?\\w*CONNECT\\w*}?)"
                    + "(?=[/?]|$)");
    private static final Set<String> OPERATORS = Set.of("|", "||", "&&", ";", "&", ")", "(");
    private static final Set<String> DATA_OPTIONS = Set.of("-d", "--data", "--data-raw", "--data-binary",
            "--data-urlencode", "--data-ascii", "--json", "-F", "--form");
    private static final Set<String> LONG_OPTIONS_WITH_ARGUMENT = Set.of("--header", "--output", "--user",
            "--write-out", "--max-time", "--connect-timeout", "--retry", "--retry-delay", "--retry-max-time",
            "--user-agent", "--referer", "--cacert", "--cert", "--key", "--cookie", "--cookie-jar", "--resolve",
            "--config", "--proxy", "--request", "--url", "--upload-file");
    /** Short options that take an argument; the rest of a cluster after one of them is that argument. */
    private static final String SHORT_WITH_ARGUMENT = "XdHouwmAebcKxFTE";

    /**
     * One call.
     *
     * @param lineOffset the line the command starts on, from 0 within the block
     */
    record Call(int lineOffset, String method, String path, Set<String> queryParameters) {
    }

    private CurlCalls() {
    }

    static List<Call> find(String code) {
        List<Call> calls = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            int start = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (logical.toString().endsWith("\\") && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(' ').append(lines[++i]);
            }
            i++;
            List<String> words = ShellWords.split(logical.toString());
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).equals("curl")) {
                    parse(words, w + 1, start).ifPresent(calls::add);
                }
            }
        }
        return calls;
    }

    private static Optional<Call> parse(List<String> words, int from, int lineOffset) {
        String method = null;
        String url = null;
        boolean data = false;
        boolean get = false;
        boolean head = false;
        boolean upload = false;
        for (int w = from; w < words.size() && !OPERATORS.contains(words.get(w)) && !words.get(w).startsWith(">");
             w++) {
            String word = words.get(w);
            String argument = w + 1 < words.size() ? words.get(w + 1) : "";
            if (word.startsWith("--")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                String value = word.contains("=") ? word.substring(word.indexOf('=') + 1) : argument;
                boolean takesArgument = DATA_OPTIONS.contains(option) || LONG_OPTIONS_WITH_ARGUMENT.contains(option);
                switch (option) {
                    case "--request" -> method = value;
                    case "--url" -> url = value;
                    case "--get" -> get = true;
                    case "--head" -> head = true;
                    case "--upload-file" -> upload = true;
                    default -> data |= DATA_OPTIONS.contains(option);
                }
                if (takesArgument && !word.contains("=")) {
                    w++;
                }
            } else if (word.startsWith("-") && word.length() > 1) {
                for (int c = 1; c < word.length(); c++) {
                    char flag = word.charAt(c);
                    get |= flag == 'G';
                    head |= flag == 'I';
                    if (SHORT_WITH_ARGUMENT.indexOf(flag) >= 0) {
                        String value = c + 1 < word.length() ? word.substring(c + 1) : argument;
                        if (c + 1 >= word.length()) {
                            w++;
                        }
                        method = flag == 'X' ? value : method;
                        data |= flag == 'd' || flag == 'F';
                        upload |= flag == 'T';
                        break;
                    }
                }
            } else if (url == null) {
                url = word;
            }
        }
        if (url == null) {
            return Optional.empty();
        }
        Matcher base = CONNECT_BASE.matcher(url);
        if (!base.find()) {
            return Optional.empty();
        }
        String rest = url.substring(base.end());
        String query = rest.contains("?") ? rest.substring(rest.indexOf('?') + 1) : "";
        String path = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
        Set<String> parameters = new LinkedHashSet<>();
        Arrays.stream(query.split("&")).filter(p -> !p.isEmpty()).forEach(p -> parameters.add(p.split("=", 2)[0]));
        String verb = method != null ? method.toUpperCase(Locale.ROOT)
                : head ? "HEAD" : upload ? "PUT" : data && !get ? "POST" : "GET";
        return Optional.of(new Call(lineOffset, verb, path.isEmpty() ? "/" : path, parameters));
    }

    /** A path's segments, without empty ones (a trailing slash makes no difference to Connect's router). */
    static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    /** A segment the shell fills in ($NAME, ${NAME}, $(...)) or a placeholder the reader fills in (<name>). */
    static boolean isVariable(String segment) {
        return segment.contains("$") || (segment.startsWith("<") && segment.endsWith(">"));
    }
}
