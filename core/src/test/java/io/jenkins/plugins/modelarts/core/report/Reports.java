package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports for tests and the benchmark, built without an API. */
final class Reports {
    private Reports() {}

    static TrainingReport completed(ModelMetrics model, SystemMetrics system) {
        return new TrainingReport(JobRef.v1(10, 12), "flowers", "V0002", null, "JOBSTAT_COMPLETED(10)",
                JobState.COMPLETED, 125_000L, 1_763_805_600_000L, "TensorFlow 2.1", "spec 1, 1 node",
                "/bucket/logs/", "/bucket/out/", model, system, List.of());
    }

    static ModelMetrics classes(int count) {
        List<ClassMetrics> classes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("precision", 0.5 + (i % 50) / 100.0);
            values.put("recall", 0.4 + (i % 60) / 100.0);
            values.put("accuracy", 0.9 + (i % 10) / 100.0);
            classes.add(new ClassMetrics("class-" + i, Integer.toString(i), values));
        }
        return new ModelMetrics(Map.of("accuracy", 0.94, "recall", 0.91), classes, List.of());
    }

    static SystemMetrics cpuAndGpu() {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("cpuUsage", Arrays.asList(0.0, 3.1, 5.76, null, 4.2, 6.0));
        series.put("gpuUtil", Arrays.asList(0.0, 0.25, 0.88, 0.9));
        return new SystemMetrics(series, 1, List.of());
    }
}
