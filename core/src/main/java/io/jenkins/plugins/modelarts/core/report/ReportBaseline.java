package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.Objects;

/**
 * What a report compares the job with: an earlier job's model metrics (per-class deltas) and running
 * time (the {@code slower-than-baseline}/{@code faster-than-baseline} findings).
 *
 * @param source for people: {@code build #41}, {@code job 12 version 34}
 * @param durationMillis the baseline's running time, or null when unknown
 */
public record ReportBaseline(String source, ModelMetrics metrics, Long durationMillis) {
    public ReportBaseline {
        Objects.requireNonNull(source, "source == null");
        metrics = metrics == null ? ModelMetrics.from(null) : metrics;
    }

    /** The baseline a finished report describes. */
    public static ReportBaseline of(String source, TrainingReport report) {
        return new ReportBaseline(source, report.modelMetrics(), report.durationMillis());
    }
}
