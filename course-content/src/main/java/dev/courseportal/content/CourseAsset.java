package dev.courseportal.content;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file a lesson refers to (an image), for the web layer to serve.
 *
 * @param path      the path under the course root ({@code 01-foundations/images/pipeline.png})
 * @param mediaType the content type to serve it with
 * @param content   the file's bytes; copied on the way in and out, so the asset stays immutable
 */
public record CourseAsset(String path, String mediaType, byte[] content) {
    public CourseAsset {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The size in bytes, without copying the content. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseAsset asset && path.equals(asset.path) && mediaType.equals(asset.mediaType)
                && Arrays.equals(content, asset.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "CourseAsset[" + path + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
