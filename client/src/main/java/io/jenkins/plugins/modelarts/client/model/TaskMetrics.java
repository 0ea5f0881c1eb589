package io.jenkins.plugins.modelarts.client.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Runtime metrics of a v2 task from {@code GET .../training-jobs/{id}/metrics/{task_id}}: one
 * series per metric ({@code cpuUsage}, {@code memUsage}, {@code gpuUtil}, {@code gpuMemUsage},
 * {@code npuUtil}, {@code npuMemUsage}), one average per minute, {@code -1} where there is no data.
 * Empty (never null) while the service has nothing yet.
 */
public record TaskMetrics(List<Metric> metrics) {

    public TaskMetrics {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public static TaskMetrics empty() {
        return new TaskMetrics(List.of());
    }

    /** The series of {@code name}, if reported. */
    public Optional<Metric> metric(String name) {
        return metrics.stream().filter(m -> name.equals(m.metric())).findFirst();
    }

    /** One metric series; {@code -1} marks a minute without data. */
    public record Metric(String metric, double[] value) {
        public static final double NO_DATA = -1;

        public Metric {
            value = value == null ? new double[0] : value.clone();
        }

        @Override
        public double[] value() {
            return value.clone();
        }

        /** The newest minute with data. */
        public OptionalDouble latest() {
            for (int i = value.length - 1; i >= 0; i--) {
                if (value[i] != NO_DATA) {
                    return OptionalDouble.of(value[i]);
                }
            }
            return OptionalDouble.empty();
        }

        /** The highest value with data. */
        public OptionalDouble peak() {
            return Arrays.stream(value).filter(v -> v != NO_DATA).max();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Metric m && Objects.equals(metric, m.metric) && Arrays.equals(value, m.value);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(metric) + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Metric[metric=" + metric + ", value=" + Arrays.toString(value) + "]";
        }
    }
}
