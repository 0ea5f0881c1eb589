package io.jenkins.plugins.modelarts.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a replayed job shows of the job it was recorded from (a {@link Fixture}), beside what its
 * {@link JobScript} already carries (final state, model metrics, time queued): the recorded running
 * time, which the replay reports as its {@code duration} however fast it ran; the recorded v1
 * {@code system_metric_list}; the recorded log lines, which every worker's log shows; and a failed v2
 * job's task message.
 *
 * @param run how long the recorded job ran (its {@code duration})
 * @param queued how long it waited before it started ({@code start_time - create_time})
 * @param systemMetrics the recorded {@code system_metric_list} (a JSON object as text), or null for the
 *     emulator's scripted series
 * @param logLines the recorded log lines, oldest first
 * @param failureMessage the message of a failed task ({@code status.task_statuses[0].message}), or null
 */
public record Recording(Duration run, Duration queued, String systemMetrics, List<String> logLines, String failureMessage) {
    public Recording {
        Objects.requireNonNull(run, "run == null");
        Objects.requireNonNull(queued, "queued == null");
        if (run.isNegative() || queued.isNegative()) {
            throw new IllegalArgumentException("run and queued must not be negative");
        }
        logLines = List.copyOf(logLines);
    }

    /** The share of the recorded time that the job spent queued, 0 to 1: the replay waits for the same share. */
    double queuedShare() {
        long total = run.toMillis() + queued.toMillis();
        return total == 0 ? 0 : queued.toMillis() / (double) total;
    }
}
