package io.jenkins.plugins.modelarts.core.gate;

import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.Objects;

/**
 * What the new model is compared with: another job version's metrics (the last released model, a
 * named job version) and how far each compared total may fall below it.
 *
 * @param source for people: {@code job 10 version 12}, {@code build #41}
 * @param metrics the baseline's metrics
 * @param maxRegression how much a total may drop (absolute, e.g. 0.02) before the gate fails
 */
public record Baseline(String source, ModelMetrics metrics, double maxRegression) {
    public Baseline {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(metrics, "metrics == null");
        if (!(maxRegression >= 0)) {
            throw new IllegalArgumentException("maxRegression must be 0 or more, got " + maxRegression);
        }
    }
}
