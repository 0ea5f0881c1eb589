package io.jenkins.plugins.modelarts.core.findings;

/**
 * When a job was created, when it started running, and how long it ran (epoch milliseconds and
 * milliseconds; null when the API did not say). Queued = started - created.
 */
public record JobPhases(Long createdMillis, Long startedMillis, Long durationMillis) {
    public static JobPhases unknown() {
        return new JobPhases(null, null, null);
    }

    /** The time between creation and start, or null when either is unknown (or they are out of order). */
    public Long queuedMillis() {
        if (createdMillis == null || startedMillis == null || createdMillis <= 0 || startedMillis < createdMillis) {
            return null;
        }
        return startedMillis - createdMillis;
    }
}
