package io.jenkins.plugins.modelarts.core.gate;

import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.Objects;

/**
 * What the new model is compared with: another job version's metrics (the last released model, a
 * named job version), how far each compared total may fall below it, and optionally how far each
 * class's metric may fall below the same class's in the baseline.
 *
 * @param source for people: {@code job 10 version 12}, {@code build #41}
 * @param metrics the baseline's metrics
 * @param maxRegression how much a total may drop (absolute, e.g. 0.02) before the gate fails
 * @param maxClassRegression how much a class's metric may drop (absolute), or null to compare no
 *     classes (the default)
 */
public record Baseline(String source, ModelMetrics metrics, double maxRegression, Double maxClassRegression) {
    public Baseline {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(metrics, "metrics == null");
        if (!(maxRegression >= 0)) {
            throw new IllegalArgumentException("maxRegression must be 0 or more, got " + maxRegression);
        }
        if (maxClassRegression != null && !(maxClassRegression >= 0 && Double.isFinite(maxClassRegression))) {
            throw new IllegalArgumentException("maxClassRegression must be 0 or more, got " + maxClassRegression);
        }
    }

    /** A baseline compared on its totals only. */
    public Baseline(String source, ModelMetrics metrics, double maxRegression) {
        this(source, metrics, maxRegression, null);
    }

    /** Whether each class's metrics are compared too ({@link #maxClassRegression()} is set). */
    public boolean comparesClasses() {
        return maxClassRegression != null;
    }
}
