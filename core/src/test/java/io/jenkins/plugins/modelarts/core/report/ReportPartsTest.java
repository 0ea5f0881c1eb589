package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Units, console links and per-class deltas: the pieces the report shows. */
class ReportPartsTest {
    @Test
    void unitsAndHumanisedNumbers() {
        assertThat(MetricUnits.format("gpuUtil", 45.25)).isEqualTo("45.3 %");
        assertThat(MetricUnits.format("recvBytesRate", 4_000_000)).isEqualTo("4.0 MB/s");
        assertThat(MetricUnits.format("diskWriteRate", 3)).isEqualTo("3 B/s");
        assertThat(MetricUnits.rate(1_500)).isEqualTo("1.5 KB/s");
        assertThat(MetricUnits.label("gpuMemUsage")).isEqualTo("GPU memory");
        assertThat(MetricUnits.unitOf("somethingElse")).isEmpty();
        assertThat(SvgLineChart.minutes(95)).isEqualTo("1 h 35 min");
    }

    @Test
    void consoleLinksNeedARegionFromTheConnectionOrItsEndpoint() {
        JobRef v1 = JobRef.v1(10, 12);
        assertThat(ConsoleLinks.job(v1, "cn-north-4", null)).contains(
                "https://console.huaweicloud.com/modelarts/?region=cn-north-4#/trainingJobs/trainingJobDetail?jobId=10&versionId=12");
        assertThat(ConsoleLinks.job(JobRef.v2("a-b"), null, "https://modelarts.ap-southeast-1.myhuaweicloud.cn"))
                .contains("https://console.huaweicloud.com/modelarts/?region=ap-southeast-1#/trainingJobs/trainingJobDetailNew?jobId=a-b");
        assertThat(ConsoleLinks.job(v1, null, "http://127.0.0.1:8080")).isEmpty();
        assertThat(ConsoleLinks.job(v1, "<script>", "not a url")).isEmpty();
    }

    @Test
    void perClassDeltasMatchByNameAndSayWhichWayTheyMoved() {
        ModelMetrics now = new ModelMetrics(Map.of("accuracy", 0.95), List.of(
                new ClassMetrics("cat", "0", Map.of("recall", 0.9, "precision", 0.8)),
                new ClassMetrics("dog", "1", Map.of("recall", 0.7))), List.of());
        ModelMetrics then = new ModelMetrics(Map.of("accuracy", 0.93), List.of(
                new ClassMetrics("dog", "7", Map.of("recall", 0.75)),
                new ClassMetrics("cat", "9", Map.of("recall", 0.85, "precision", 0.8))), List.of());
        List<ClassDeltas.Delta> deltas = ClassDeltas.of(now, then);
        assertThat(deltas).extracting(d -> d.className() + " " + d.metric() + " " + d.change())
                .containsExactly("cat precision UNCHANGED", "cat recall IMPROVED", "dog recall REGRESSED");
        assertThat(ClassDeltas.totals(now, then)).singleElement()
                .satisfies(d -> assertThat(d.difference()).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-9)));
    }
}
