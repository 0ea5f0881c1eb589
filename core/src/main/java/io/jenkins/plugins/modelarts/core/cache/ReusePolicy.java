package io.jenkins.plugins.modelarts.core.cache;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a front end may return an earlier job instead of training again: {@code never} (the default),
 * {@code successful} (any earlier job with the same fingerprint that completed), or a maximum age
 * such as {@code 24h}, {@code 7d}, {@code 90m} (a completed one created at most that long ago).
 *
 * @param maxAge null for no limit; ignored when {@code enabled} is false
 */
public record ReusePolicy(boolean enabled, Duration maxAge) {
    private static final Pattern AGE = Pattern.compile("(\\d{1,6})\\s*([smhd])");
    public static final String FORMS = "never, successful, or a maximum age such as 90m, 24h or 7d";

    public static ReusePolicy never() {
        return new ReusePolicy(false, null);
    }

    public static ReusePolicy successful() {
        return new ReusePolicy(true, null);
    }

    /**
     * Reads {@code never}, {@code successful} or an age; null or blank is {@code never}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static ReusePolicy parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("never") || t.equals("false")) {
            return never();
        }
        if (t.equals("successful") || t.equals("true")) {
            return successful();
        }
        Matcher m = AGE.matcher(t);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("reuse '" + text + "' is not valid: expected " + FORMS);
        }
        long n = Long.parseLong(m.group(1));
        return new ReusePolicy(true, switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }

    /** {@code never}, {@code successful}, or {@code successful within 24h}. */
    @Override
    public String toString() {
        return !enabled ? "never" : maxAge == null ? "successful" : "successful within "
                + io.jenkins.plugins.modelarts.core.job.Durations.human(maxAge);
    }
}
