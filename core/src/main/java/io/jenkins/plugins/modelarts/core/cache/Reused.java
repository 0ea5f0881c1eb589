package io.jenkins.plugins.modelarts.core.cache;

import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An earlier job returned instead of a new one: its final snapshot, the fingerprint both share, and
 * when it was created.
 */
public record Reused(JobSnapshot snapshot, String fingerprint, long createdMillis) {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public Reused {
        Objects.requireNonNull(snapshot, "snapshot == null");
        Objects.requireNonNull(fingerprint, "fingerprint == null");
    }

    /** What every front end prints: which job, when it trained, and that nothing new was created. */
    public String message() {
        String version = snapshot.ref().hasVersion() ? " version " + snapshot.ref().versionId() : "";
        return "Reused training job " + snapshot.ref().jobId() + version + " trained on "
                + UTC.format(Instant.ofEpochMilli(createdMillis)) + " (" + Durations.humanMillis(snapshot.durationMillis())
                + ", " + snapshot.statusName() + ", same definition: fingerprint " + fingerprint + "), no new job created";
    }
}
