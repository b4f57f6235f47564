package dev.courseportal.content.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gate found: a result per checked block, in course order, and the blocks of languages without a checker.
 * Renders the summary for the build log, the Markdown report and a CSV with one row a block.
 */
public final class GateReport {
    private final List<BlockResult> results;
    private final Map<String, Integer> withoutChecker;
    private final Duration duration;

    GateReport(List<BlockResult> results, Map<String, Integer> withoutChecker, Duration duration) {
        this.results = List.copyOf(results);
        this.withoutChecker = Map.copyOf(withoutChecker);
        this.duration = duration;
    }

    public List<BlockResult> results() {
        return results;
    }

    public Duration duration() {
        return duration;
    }

    /** How many blocks had this outcome. */
    public long count(Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }

    /** Every failure as {@code <prefix><file>:<line>: <kind>: <message>}, in course order. */
    public List<String> failureLines(String pathPrefix) {
        List<String> lines = new ArrayList<>();
        for (BlockResult result : results) {
            for (Issue issue : result.issues()) {
                lines.add(pathPrefix + result.file() + ":" + issue.line() + ": " + result.kind().label() + ": "
                        + issue.message());
            }
        }
        return lines;
    }

    /** The table for the build log: blocks by kind and outcome. */
    public String summaryTable() {
        Map<BlockKind, long[]> byKind = countsByKind(results);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-18s %8s %8s %8s %8s%n", "kind",
                "checked", "marked", "failed", "total"));
        long[] total = new long[3];
        byKind.forEach((kind, counts) -> {
            table.append(row(kind.label(), counts));
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        });
        table.append(row("all", total));
        table.append(String.format(Locale.ROOT, "gate time: %.1f s; blocks without a checker: %s%n",
                duration.toMillis() / 1000.0, withoutChecker.isEmpty() ? "none" : new TreeMap<>(
                        withoutChecker)));
        return table.toString();
    }

    /** The Markdown report: totals, a row per lesson and kind, every marked block with its reason, every failure. */
    public String markdown(String pathPrefix) {
        StringBuilder md = new StringBuilder("# Content gate report\n\n");
        md.append("Every code block of the course, checked against Debezium 3.6.1.Final, Kafka 4.3.0, PostgreSQL ")
                .append("(embedded, wal_level=logical, lab sample schema), Apache Avro 1.12, python3 and bash.\n\n");
        md.append("```text\n").append(summaryTable()).append("```\n\n");
        md.append("## By lesson and kind\n\n| lesson | kind | checked | marked | failed |\n|---|---|---:|---:|---:|\n");
        byLesson().forEach((file, lessonResults) -> countsByKind(lessonResults).forEach((kind, counts) ->
                md.append("| ").append(file).append(" | ").append(kind.label()).append(" | ").append(counts[0])
                        .append(" | ").append(counts[1]).append(" | ").append(counts[2]).append(" |\n")));
        md.append("\n## Marked blocks (not run, with their reasons)\n\n");
        results.stream().filter(result -> result.outcome() == Outcome.MARKED).forEach(result -> md.append("- `")
                .append(pathPrefix).append(result.file()).append(":").append(result.line()).append("` ")
                .append(result.kind().label()).append(": ").append(result.reason()).append('\n'));
        md.append("\n## Failures\n\n");
        List<String> failures = failureLines(pathPrefix);
        md.append(failures.isEmpty() ? "None.\n" : "```text\n" + String.join("\n", failures) + "\n```\n");
        return md.toString();
    }

    /** One row a lesson and kind: lesson, kind, checked, marked, failed (the figures of the Markdown table). */
    public String csv() {
        StringBuilder csv = new StringBuilder("lesson,kind,checked,marked,failed\n");
        byLesson().forEach((file, lessonResults) -> countsByKind(lessonResults).forEach((kind, counts) ->
                csv.append(quote(file)).append(',').append(kind.label()).append(',').append(counts[0]).append(',')
                        .append(counts[1]).append(',').append(counts[2]).append('\n')));
        return csv.toString();
    }

    /** One row a block: file, line, kind, outcome, reason (marked) or messages (failed). */
    public String blocksCsv() {
        StringBuilder csv = new StringBuilder("file,line,kind,outcome,detail\n");
        for (BlockResult result : results) {
            String detail = result.outcome() == Outcome.FAILED
                    ? String.join(" | ", result.issues().stream().map(i -> i.line() + ": " + i.message()).toList())
                    : result.reason();
            csv.append(quote(result.file())).append(',').append(result.line()).append(',')
                    .append(result.kind().label()).append(',').append(result.outcome().label()).append(',')
                    .append(quote(detail)).append('\n');
        }
        return csv.toString();
    }

    /** Writes {@code report.md}, {@code report.csv} (by lesson and kind) and {@code blocks.csv} into the folder. */
    public void write(Path folder, String pathPrefix) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.md"), markdown(pathPrefix));
            Files.writeString(folder.resolve("report.csv"), csv());
            Files.writeString(folder.resolve("blocks.csv"), blocksCsv());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gate report to " + folder, e);
        }
    }

    private Map<String, List<BlockResult>> byLesson() {
        Map<String, List<BlockResult>> byLesson = new LinkedHashMap<>();
        results.forEach(result -> byLesson.computeIfAbsent(result.file(), f -> new ArrayList<>()).add(result));
        return byLesson;
    }

    private static Map<BlockKind, long[]> countsByKind(List<BlockResult> results) {
        Map<BlockKind, long[]> byKind = new EnumMap<>(BlockKind.class);
        for (BlockResult result : results) {
            byKind.computeIfAbsent(result.kind(), k -> new long[3])[result.outcome().ordinal()]++;
        }
        return byKind;
    }

    private static String row(String label, long[] counts) {
        return String.format(Locale.ROOT, "%-18s %8d %8d %8d %8d%n", label, counts[0], counts[1], counts[2],
                counts[0] + counts[1] + counts[2]);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"").replace("\n", " ") + "\"";
    }
}
