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

    /**
     * A report people act on: a starved GPU and a long queue (two findings), a console link, and a
     * baseline with one class better and one worse.
     */
    static TrainingReport withFindings() {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("cpuUsage", Arrays.asList(0.0, 30.0, 35.0, 32.0, 31.0, 33.0, 0.0));
        series.put("gpuUtil", Arrays.asList(0.0, 10.0, 12.0, 8.0, 11.0, 9.0, 0.0));
        series.put("recvBytesRate", Arrays.asList(0.0, 4_000_000.0, 3_500_000.0, 3_900_000.0, 4_100_000.0, 3_800_000.0, 0.0));
        ModelMetrics baseline = new ModelMetrics(Map.of("accuracy", 0.93, "recall", 0.92), List.of(
                new ClassMetrics("class-0", "0", Map.of("precision", 0.45, "recall", 0.4, "accuracy", 0.9)),
                new ClassMetrics("class-1", "1", Map.of("precision", 0.6, "recall", 0.41, "accuracy", 0.91))), List.of());
        TrainingReport plain = completed(classes(12), new SystemMetrics(series, 1, List.of()));
        return new TrainingReport(plain.ref(), plain.name(), plain.version(),
                "https://console.huaweicloud.com/modelarts/?region=cn-north-4#/trainingJobs/trainingJobDetail?jobId=10&versionId=12",
                plain.statusName(), plain.state(), 360_000L, plain.createdMillis(), plain.engine(), plain.flavor(),
                plain.logUrl(), plain.outputUrl(), plain.modelMetrics(), plain.systemMetrics(), List.of(), null,
                plain.createdMillis() + 900_000L, new ReportBaseline("build #41", baseline, 300_000L), null);
    }
}
