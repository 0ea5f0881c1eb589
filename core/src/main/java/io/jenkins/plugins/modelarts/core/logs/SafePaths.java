package io.jenkins.plugins.modelarts.core.logs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps an object key below a prefix to a file below a target directory, refusing every key that
 * could land anywhere else: {@code ..} or {@code .} segments, absolute paths, backslashes, drive
 * letters, control characters, empty segments. The result is checked again after normalisation.
 */
public final class SafePaths {
    private static final Pattern SEGMENT = Pattern.compile("[^\\x00-\\x1f\\x7f\\\\:*?\"<>|]+");

    private SafePaths() {}

    /** The file for {@code relativeKey} under {@code target}, or empty when the key is unsafe. */
    public static Optional<Path> resolve(Path target, String relativeKey) {
        if (relativeKey == null || relativeKey.isEmpty() || relativeKey.startsWith("/") || relativeKey.length() > 1024) {
            return Optional.empty();
        }
        String[] segments = relativeKey.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
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
