package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.MetricOrder;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per-class changes against a baseline: for each class both report (matched as
 * {@link ClassMetrics#sameClassIn} says: by name, by id when a side has no name) and
 * each metric both have, the current and baseline values, the difference and whether it
 * {@link Change#IMPROVED improved} or {@link Change#REGRESSED regressed} (higher is better for the
 * model metrics ModelArts reports; differences below {@link #SAME} count as unchanged).
 */
public final class ClassDeltas {
    static final double SAME = 0.0005;

    /** Which way a metric moved. */
    public enum Change {
        IMPROVED,
        REGRESSED,
        UNCHANGED
    }

    /** One class's metric now and in the baseline. */
    public record Delta(String className, String metric, double current, double baseline) {
        public double difference() {
            return current - baseline;
        }

        public Change change() {
            double d = difference();
            return d >= SAME ? Change.IMPROVED : d <= -SAME ? Change.REGRESSED : Change.UNCHANGED;
        }
    }

    private ClassDeltas() {}

    public static List<Delta> of(ModelMetrics current, ModelMetrics baseline) {
        List<Delta> deltas = new ArrayList<>();
        for (ClassMetrics c : current.classes()) {
            ClassMetrics b = c.sameClassIn(baseline.classes());
            if (b == null) {
                continue;
            }
            for (String metric : MetricOrder.of(c.values().keySet())) {
                Double now = c.values().get(metric);
                Double then = b.values().get(metric);
                if (now != null && then != null) {
                    deltas.add(new Delta(c.className(), metric, now, then));
                }
            }
        }
        return deltas;
    }

    /** Totals as deltas too (class name null). */
    public static List<Delta> totals(ModelMetrics current, ModelMetrics baseline) {
        List<Delta> deltas = new ArrayList<>();
        for (Map.Entry<String, Double> e : current.totals().entrySet()) {
            Double then = baseline.totals().get(e.getKey());
            if (then != null && e.getValue() != null) {
                deltas.add(new Delta(null, e.getKey(), e.getValue(), then));
            }
        }
        return deltas;
    }
}
