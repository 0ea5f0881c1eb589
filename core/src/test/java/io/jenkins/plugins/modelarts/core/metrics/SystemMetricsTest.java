package io.jenkins.plugins.modelarts.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SystemMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsSeriesOfNumericStringsAndTheInterval() throws Exception {
        SystemMetrics m = SystemMetrics.from(JSON.readTree(
                "{\"cpuUsage\":[\"0\",\"3.10\",\"5.76\"],\"gpuUtil\":[\"0\",\"0.25\",\"0.88\"],\"interval\":1}"));
        assertThat(m.series()).containsOnlyKeys("cpuUsage", "gpuUtil");
        assertThat(m.series().get("cpuUsage")).containsExactly(0.0, 3.10, 5.76);
        assertThat(m.peak("gpuUtil")).hasValue(0.88);
        assertThat(m.intervalMinutes()).isEqualTo(1);
    }

    @Test
    void minusOneAndJunkAreMissingPoints() throws Exception {
        SystemMetrics m = SystemMetrics.from(JSON.readTree("{\"memUsage\":[-1,\"x\",2.5,null]}"));
        assertThat(m.series().get("memUsage")).isEqualTo(Arrays.asList(null, null, 2.5, null));
        assertThat(m.peak("memUsage")).hasValue(2.5);
        assertThat(m.peak("absent")).isEmpty();
    }

    @Test
    void noObjectMeansNoDataWithANote() {
        assertThat(SystemMetrics.from(null).notes()).containsExactly("no system metrics reported");
        assertThat(SystemMetrics.from(JSON.createArrayNode()).series()).isEmpty();
    }
}
