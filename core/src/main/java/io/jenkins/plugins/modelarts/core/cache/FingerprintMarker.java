package io.jenkins.plugins.modelarts.core.cache;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@link TrainingFingerprint} is kept: at the end of the job's description ({@code job_desc},
 * v2 {@code metadata.description}), as {@code modelarts-fp:0123456789abcdef}, so that it survives in
 * ModelArts and any controller or CI system can find the job. The description's documented limit is
 * 256 characters; a longer user description is shortened to leave room for the marker.
 */
public final class FingerprintMarker {
    public static final int MAX_DESCRIPTION = 256;
    static final String TAG = "modelarts-fp:";
    private static final Pattern MARKER = Pattern.compile("(?:^|\\s)" + TAG + "([0-9a-f]{16})\\s*$");

    private FingerprintMarker() {}

    /** The description to create the job with: the user's (shortened if needed) and the marker. */
    public static String describe(String description, String fingerprint) {
        String marker = TAG + fingerprint;
        String own = description == null ? "" : strip(description).strip();
        if (own.isEmpty()) {
            return marker;
        }
        int room = MAX_DESCRIPTION - marker.length() - 1;
        return (own.length() > room ? own.substring(0, room).strip() : own) + " " + marker;
    }

    /** The fingerprint a description carries, if any. */
    public static Optional<String> fingerprintIn(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(description);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A description without its marker (a reused job's description carried into a new spec). */
    static String strip(String description) {
        return MARKER.matcher(description).replaceAll("");
    }
}
