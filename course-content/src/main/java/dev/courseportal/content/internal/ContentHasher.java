package dev.courseportal.content.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The course's content version: SHA-256 over every source file (path and bytes, length-prefixed so that no two
 * different courses hash alike) and the URL templates, which also shape the HTML.
 */
final class ContentHasher {

    private ContentHasher() {
    }

    static String hash(Map<String, byte[]> files, UrlTemplates templates) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            update(digest, file.getKey().getBytes(StandardCharsets.UTF_8));
            update(digest, file.getValue());
        }
        update(digest, templates.lessonTemplate().getBytes(StandardCharsets.UTF_8));
        update(digest, templates.assetTemplate().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
        digest.update(bytes);
    }
}
