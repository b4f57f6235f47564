package dev.courseportal.content.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Prometheus rule file as Prometheus 3 loads it: groups with a name and rules; each rule either an alert or a
 * recording rule with an expression; alerts with {@code for} and {@code labels} (the course's alerts route on
 * labels such as severity, and an alert without {@code for} fires on the first bad scrape). Unknown fields are
 * errors, as they are for Prometheus.
 */
final class PrometheusRuleRules {
    private static final Set<String> GROUP_FIELDS = Set.of("name", "interval", "limit", "rules", "query_offset",
            "labels");
    private static final Set<String> RULE_FIELDS = Set.of("alert", "record", "expr", "for", "keep_firing_for",
            "labels", "annotations");
    private static final Pattern DURATION = Pattern.compile("(\\d+(ms|s|m|h|d|w|y))+");
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private PrometheusRuleRules() {
    }

    static List<Issue> check(Object groups, YamlBlockChecker.Lines lines) {
        List<Issue> issues = new ArrayList<>();
        int groupsLine = lines.of("groups");
        if (!(groups instanceof List<?> list) || list.isEmpty()) {
            issues.add(new Issue(groupsLine, "Prometheus rules: 'groups' must be a non-empty list"));
            return issues;
        }
        int cursor = groupsLine;
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> group)) {
                issues.add(new Issue(cursor, "Prometheus rules: each group must be a mapping"));
                continue;
            }
            cursor = lines.of("name", cursor + 1);
            String where = "Prometheus group '" + group.get("name") + "'";
            unknown(group, GROUP_FIELDS, where, cursor, issues);
            if (!(group.get("name") instanceof String name) || name.isBlank()) {
                issues.add(new Issue(cursor, "Prometheus rules: a group needs a name"));
            }
            if (!(group.get("rules") instanceof List<?> rules) || rules.isEmpty()) {
                issues.add(new Issue(cursor, where + " has no rules"));
                continue;
            }
            for (Object item : rules) {
                cursor = checkRule(item, where, lines, cursor, issues);
            }
        }
        return issues;
    }

    private static int checkRule(Object item, String group, YamlBlockChecker.Lines lines, int cursor,
                                 List<Issue> issues) {
        if (!(item instanceof Map<?, ?> rule)) {
            issues.add(new Issue(cursor, group + ": each rule must be a mapping"));
            return cursor;
        }
        boolean alert = rule.containsKey("alert");
        int line = lines.of(alert ? "alert" : "record", cursor + 1);
        String where = alert ? "alert '" + rule.get("alert") + "'" : "recording rule '" + rule.get("record") + "'";
        unknown(rule, RULE_FIELDS, where, line, issues);
        if (alert == rule.containsKey("record")) {
            issues.add(new Issue(line, group + ": a rule needs exactly one of 'alert' and 'record'"));
        }
        Object expr = rule.get("expr");
        if (expr == null || String.valueOf(expr).isBlank()) {
            issues.add(new Issue(line, where + " has no expr"));
        }
        if (alert) {
            Object duration = rule.get("for");
            if (duration == null) {
                issues.add(new Issue(line, where + " has no 'for' (how long the condition must hold)"));
            } else if (!DURATION.matcher(String.valueOf(duration)).matches()) {
                issues.add(new Issue(lines.of("for", line), where + ": 'for' is not a Prometheus duration: "
                        + duration));
            }
            if (!(rule.get("labels") instanceof Map<?, ?> labels) || labels.isEmpty()) {
                issues.add(new Issue(line, where + " has no labels (e.g. severity)"));
            }
        } else if (rule.get("record") != null && !METRIC_NAME.matcher(String.valueOf(rule.get("record"))).matches()) {
            issues.add(new Issue(line, where + ": not a valid metric name"));
        }
        return line;
    }

    private static void unknown(Map<?, ?> map, Set<String> known, String where, int line, List<Issue> issues) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                issues.add(new Issue(line, where + ": unknown field '" + key + "'" + Names.didYouMean(
                        String.valueOf(key), known)));
            }
        }
    }
}
