package dev.courseportal.content.internal;

import dev.courseportal.content.Lab;
import dev.courseportal.content.LabCheck;
import dev.courseportal.content.LabStep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reads a lesson's {@code lab:} block: a title and numbered steps, each with its declared checks. */
final class LabReader {
    private static final Set<String> LAB_FIELDS = Set.of("title", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("id", "title", "checks");

    private LabReader() {
    }

    static Lab read(YamlMap lab) {
        lab.allowOnly(LAB_FIELDS);
        String title = lab.text("title", true);
        List<LabStep> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        for (YamlMap step : lab.maps("steps", true, true, "lab step")) {
            step.allowOnly(STEP_FIELDS);
            String id = Ids.read(step, "id");
            String stepTitle = step.text("title", true);
            if (id != null && !stepIds.add(id)) {
                step.report(step.lineOf("id"), "duplicate lab step id '" + id + "'");
            }
            YamlMap named = id == null ? step : step.withContext("lab step '" + id + "'");
            List<LabCheck> checks = named.maps("checks", false, false, named.context() + ", check").stream()
                    .map(CheckReader::read)
                    .filter(Objects::nonNull)
                    .toList();
            if (id != null && stepTitle != null) {
                steps.add(new LabStep(id, stepTitle, checks));
            }
        }
        return title == null ? null : new Lab(title, steps);
    }
}
