package io.jenkins.plugins.modelarts.jenkins.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to "which model was released at T" ({@code ?at=T} on the trend page): the release in effect, none, or
 * why T could not be read. JavaBean getters for the page.
 */
public final class ReleaseAnswer {
    private final String asked;
    private final Instant at;
    private final ReleaseRow release;
    private final String error;

    private ReleaseAnswer(String asked, Instant at, ReleaseRow release, String error) {
        this.asked = asked;
        this.at = at;
        this.release = release;
        this.error = error;
    }

    static ReleaseAnswer of(String asked, Instant at, ReleaseRow release) {
        return new ReleaseAnswer(asked, at, release, null);
    }

    static ReleaseAnswer unreadable(String asked, String error) {
        return new ReleaseAnswer(asked, null, null, error);
    }

    /** The text asked for, as given. */
    public String getAsked() {
        return asked;
    }

    /** The time asked for; null when it could not be read. */
    public Instant getAt() {
        return at;
    }

    /** The release in effect then; null when none was, or the time could not be read. */
    public ReleaseRow getRelease() {
        return release;
    }

    /** Why the time could not be read; null when it could. */
    public String getError() {
        return error;
    }

    /** One sentence for the page. */
    public String getMessage() {
        if (error != null) {
            return "Cannot answer: " + error + ".";
        }
        if (release == null) {
            return "No model had been released by " + at + " (among the builds listed).";
        }
        return "Released at " + at + ": " + release.describe() + ", finished " + release.getFinished() + ", gate "
                + release.getGateOutcome() + ".";
    }

    /** For the JSON form: the time asked, the release in effect (or null) and the error (or null). */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("asked", asked);
        map.put("at", at == null ? null : at.toString());
        map.put("release", release == null ? null : release.toMap());
        map.put("error", error);
        map.put("message", getMessage());
        return map;
    }
}
