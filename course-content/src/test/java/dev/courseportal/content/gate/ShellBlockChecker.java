package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell blocks: syntax-checked by the real {@code bash -n}, and every curl call to Kafka Connect's REST API must use a
 * path, method and query parameters that Connect 4.3 has.
 */
final class ShellBlockChecker {
    static final String INSTALL_HINT = "bash is needed to check the course's shell samples and was not found on the "
            + "PATH";
    private static final Pattern BASH_LINE = Pattern.compile("line (\\d+): (.*)");

    private final ConnectRestApi connect = new ConnectRestApi();

    Verdict check(CodeBlock block) {
        Verdict syntax = parseOnly(block);
        if (!syntax.issues().isEmpty()) {
            return syntax;
        }
        List<Issue> issues = new ArrayList<>();
        for (CurlCalls.Call call : CurlCalls.find(block.code())) {
            String problem = connect.problemWith(call.method(), call.path(), call.queryParameters());
            if (problem != null) {
                issues.add(new Issue(block.line() + 1 + call.lineOffset(), problem));
            }
        }
        return Verdict.of(issues);
    }

    /** Only {@code bash -n} (for {@code parse-only} blocks). */
    Verdict parseOnly(CodeBlock block) {
        ProcessResult result = ProcessResult.run(List.of("bash", "-n"), block.code(), 20, TimeUnit.SECONDS);
        if (!result.started()) {
            return Verdict.failed(block.line(), INSTALL_HINT);
        }
        if (result.exitCode() == 0) {
            return Verdict.passed();
        }
        List<Issue> issues = new ArrayList<>();
        for (String line : result.stderr().split("\n")) {
            Matcher matcher = BASH_LINE.matcher(line);
            if (matcher.find()) {
                issues.add(new Issue(block.line() + Integer.parseInt(matcher.group(1)), "bash -n: "
                        + matcher.group(2)));
            }
        }
        if (issues.isEmpty()) {
            issues.add(new Issue(block.line(), "bash -n: " + result.stderr().strip()));
        }
        return Verdict.of(issues);
    }
}
