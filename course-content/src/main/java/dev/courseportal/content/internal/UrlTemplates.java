package dev.courseportal.content.internal;

import java.util.Objects;

/**
 * The URLs that lesson and image links are rewritten to.
 *
 * @param lessonTemplate contains {@code {id}}
 * @param assetTemplate  contains {@code {file}}, may contain {@code {module-folder}}
 */
public record UrlTemplates(String lessonTemplate, String assetTemplate) {
    public UrlTemplates {
        Objects.requireNonNull(lessonTemplate, "lessonTemplate");
        Objects.requireNonNull(assetTemplate, "assetTemplate");
    }

    String lessonUrl(String lessonId, String anchor) {
        String url = lessonTemplate.replace("{id}", lessonId);
        return anchor.isEmpty() ? url : url + "#" + anchor;
    }

    String assetUrl(String moduleFolder, String file) {
        return assetTemplate.replace("{module-folder}", moduleFolder).replace("{file}", file);
    }
}
