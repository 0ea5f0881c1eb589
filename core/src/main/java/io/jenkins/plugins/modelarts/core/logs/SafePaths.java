package io.jenkins.plugins.modelarts.core.logs;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps an object key below a prefix to a file below a target directory, refusing every key that
 * could land anywhere else: {@code ..} or {@code .} segments, absolute paths, backslashes, drive
 * letters, control characters, empty segments, segments over {@value #MAX_SEGMENT_BYTES} UTF-8 bytes. The result is checked again after normalisation.
 */
public final class SafePaths {
    private static final Pattern SEGMENT = Pattern.compile("[^\\x00-\\x1f\\x7f\\\\:*?\"<>|]+");

    /**
     * The longest segment, in UTF-8 bytes: file systems allow 255, and the archiver writes through a
     * sibling {@code .NAME.partial} (9 bytes more).
     */
    public static final int MAX_SEGMENT_BYTES = 240;

    private SafePaths() {}

    /** Why {@link #resolve} refuses {@code relativeKey}, for the list of skipped keys. */
    public static String whyRefused(String relativeKey) {
        if (relativeKey != null) {
            for (String segment : relativeKey.split("/", -1)) {
                if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                    return "a name in the key is too long (over " + MAX_SEGMENT_BYTES + " bytes)";
                }
            }
            if (relativeKey.length() > 1024) {
                return "the key is too long (over 1024 characters)";
            }
        }
        return "unsafe key ('..', '.', an absolute path, an empty name, or a character not allowed in a file name)";
    }

    /** The file for {@code relativeKey} under {@code target}, or empty when the key is unsafe. */
    public static Optional<Path> resolve(Path target, String relativeKey) {
        if (relativeKey == null || relativeKey.isEmpty() || relativeKey.startsWith("/") || relativeKey.length() > 1024) {
            return Optional.empty();
        }
        String[] segments = relativeKey.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()
                    || segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                return Optional.empty();
            }
        }
        try {
            Path root = target.toAbsolutePath().normalize();
            Path file = root.resolve(String.join("/", segments)).normalize();
            return file.startsWith(root) && !file.equals(root) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
