package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.model.TaskMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportReaderTest {
    @Test
    void v2TaskMetricsBecomeSeriesWithMinusOneAsMissingPoints() {
        TaskMetrics metrics = new TaskMetrics(List.of(
                new TaskMetrics.Metric("cpuUsage", new double[] {-1, 2.5, 3}),
                new TaskMetrics.Metric(null, new double[] {1})));
        SystemMetrics system = ReportReader.systemMetrics(metrics, "worker-0");
        assertThat(system.series()).containsOnlyKeys("cpuUsage");
        assertThat(system.series().get("cpuUsage")).isEqualTo(Arrays.asList(null, 2.5, 3.0));
        assertThat(system.intervalMinutes()).isEqualTo(1);
        assertThat(system.notes()).containsExactly("system metrics of task worker-0");
    }

    @Test
    void noV2TaskMetricsIsANote() {
        SystemMetrics system = ReportReader.systemMetrics(TaskMetrics.empty(), "worker-0");
        assertThat(system.series()).isEmpty();
        assertThat(system.notes()).containsExactly("no system metrics reported for task worker-0");
    }
}
