package dev.courseportal.content.internal;

import dev.courseportal.content.CourseAsset;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The images of the course, held in memory for the web layer to serve. SVG is served from the portal's own origin,
 * where a script in it would run with the learner's session, so an SVG with scripts or event handlers is refused.
 */
final class AssetCatalog {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "gif", "image/gif",
            "webp", "image/webp",
            "svg", "image/svg+xml");
    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "<script|<foreignobject|javascript:|\\son[a-z]+\\s*=|<iframe|<embed|<object", Pattern.CASE_INSENSITIVE);

    private AssetCatalog() {
    }

    static Map<String, CourseAsset> read(Iterable<String> paths, Map<String, byte[]> contents, Problems problems) {
        Map<String, CourseAsset> assets = new LinkedHashMap<>();
        for (String path : paths) {
            byte[] content = contents.get(path);
            if (content == null) {
                continue;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String mediaType = MEDIA_TYPES.get(extension);
            if (mediaType == null) {
                problems.add(path, 1, "unsupported image type (use png, jpg, gif, webp or svg)");
            } else if (extension.equals("svg")
                    && ACTIVE_SVG.matcher(new String(content, StandardCharsets.UTF_8)).find()) {
                problems.add(path, 1, "SVG with scripts, event handlers or embedded content is not served");
            } else {
                assets.put(path, new CourseAsset(path, mediaType, content));
            }
        }
        return assets;
    }
}
