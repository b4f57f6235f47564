package dev.courseportal.content.internal;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every link and image of a lesson against the course and rewrites it in the syntax tree: a relative link to a
 * lesson file becomes the lesson's portal URL, an image becomes its asset URL. External links keep their URL; only
 * http, https and mailto are allowed, and images never come from outside (the portal runs on an intranet).
 */
final class LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto");

    /** What a lesson file resolves to: its id and the anchors of its headings. */
    record Target(String lessonId, Set<String> anchors) {
    }

    private final Map<String, Target> lessonsByFile;
    private final Set<String> assets;
    private final UrlTemplates templates;
    private final Problems problems;

    LinkResolver(Map<String, Target> lessonsByFile, Set<String> assets, UrlTemplates templates, Problems problems) {
        this.lessonsByFile = lessonsByFile;
        this.assets = assets;
        this.templates = templates;
        this.problems = problems;
    }

    void resolve(LessonDraft lesson) {
        for (LessonBody.Reference reference : lesson.body().references()) {
            String url = resolve(lesson, reference);
            if (url != null) {
                setDestination(reference.node(), url);
            }
        }
    }

    /** The rewritten URL, or {@code null} to keep the destination as written. */
    private String resolve(LessonDraft lesson, LessonBody.Reference reference) {
        String destination = reference.destination().strip();
        String file = lesson.file();
        int line = reference.line();
        String what = reference.image() ? "image" : "link";
        if (reference.image() && !hasAltText(reference.node())) {
            problems.add(file, line, "image '" + destination + "' needs alt text: ![what it shows](" + destination + ")");
        }
        if (destination.isEmpty()) {
            problems.add(file, line, "empty " + what + " destination");
            return null;
        }
        Matcher scheme = SCHEME.matcher(destination);
        boolean hasScheme = scheme.find();
        if (hasScheme || destination.startsWith("//")) {
            String name = hasScheme ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
            if (reference.image()) {
                problems.add(file, line, "image from outside the course: '" + destination + "'; put it into the "
                        + "module's images/ folder");
            } else if (!name.isEmpty() && !EXTERNAL_SCHEMES.contains(name)) {
                problems.add(file, line, "link scheme '" + name + ":' is not allowed (use http, https, mailto or a "
                        + "relative path)");
            }
            return null;
        }
        int hash = destination.indexOf('#');
        String path = decode(hash < 0 ? destination : destination.substring(0, hash));
        String anchor = hash < 0 ? "" : decode(destination.substring(hash + 1));
        if (path.isEmpty()) {
            checkAnchor(file, line, anchor, lessonsByFile.get(file), "this lesson");
            return null;
        }
        String target = normalize(lesson.folder(), path);
        if (target == null) {
            problems.add(file, line, what + " points outside the course: '" + destination + "'");
            return null;
        }
        if (!reference.image() && target.endsWith(".md")) {
            Target lessonTarget = lessonsByFile.get(target);
            if (lessonTarget == null) {
                problems.add(file, line, "link to missing lesson '" + destination + "'");
                return null;
            }
            checkAnchor(file, line, anchor, lessonTarget, target);
            return lessonTarget.lessonId() == null ? null : templates.lessonUrl(lessonTarget.lessonId(), anchor);
        }
        if (assets.contains(target)) {
            String[] parts = target.split("/", 3);
            return templates.assetUrl(parts[0], parts[2]);
        }
        problems.add(file, line, reference.image()
                ? "image not found: '" + destination + "' (images go into the module's images/ folder)"
                : "link target not found: '" + destination + "' (link to a lesson .md file or an image)");
        return null;
    }

    private void checkAnchor(String file, int line, String anchor, Target target, String where) {
        if (!anchor.isEmpty() && target != null && !target.anchors().contains(anchor)) {
            problems.add(file, line, "link to missing anchor '#" + anchor + "' in " + where);
        }
    }

    /** The course path of a relative path seen from a module folder, or {@code null} when it leaves the course. */
    static String normalize(String folder, String relative) {
        if (relative.startsWith("/")) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        parts.add(folder);
        for (String segment : relative.split("/")) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static boolean hasAltText(Node image) {
        return image.getFirstChild() != null;
    }

    private static void setDestination(Node node, String url) {
        if (node instanceof Link link) {
            link.setDestination(url);
        } else if (node instanceof Image image) {
            image.setDestination(url);
        }
    }

    /** Percent-decodes UTF-8 without turning '+' into a space (that is form encoding, not URL paths). */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
