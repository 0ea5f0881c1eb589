package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {
    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    @Test
    void summaryShowsJobStatusDurationEngineAndFlavor() {
        String html = renderer.render(Reports.completed(Reports.classes(3), Reports.cpuAndGpu()));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("Training report: flowers V0002").contains("job 10 version 12")
                .contains("JOBSTAT_COMPLETED(10) (completed)").contains("2m 5s").contains("TensorFlow 2.1")
                .contains("spec 1, 1 node").contains("2025-11-22 10:00:00Z").contains("/bucket/logs/")
                .contains("<th>accuracy</th>").contains("0.9400").endsWith("</html>\n");
    }

    @Test
    void textFromTheApiIsEscapedEverywhere() {
        ClassMetrics evil = new ClassMetrics("<script>alert(1)</script>", "\"1\"&'2'", Map.of("a<b", 0.5));
        ModelMetrics model = new ModelMetrics(Map.of("x&y", 1.0), List.of(evil), List.of("note <b>"));
        SystemMetrics system = new SystemMetrics(Map.of("<cpu>", List.of(1.0, 2.0)), 1, List.of());
        TrainingReport report = new TrainingReport(Reports.completed(model, system).ref(), "job</title><b>", null,
                "javascript:alert(1)", "S<1>", Reports.completed(model, system).state(), null, null, "e&e", null, null,
                null, model, system, List.of());
        String html = renderer.render(report);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script")
                .contains("&quot;1&quot;&amp;&#39;2&#39;").contains("a&lt;b").contains("x&amp;y")
                .contains("note &lt;b&gt;").contains("&lt;cpu&gt;").contains("job&lt;/title&gt;&lt;b&gt;")
                .contains("S&lt;1&gt;").contains("e&amp;e").doesNotContain("href=\"javascript");
    }

    @Test
    void pageIsSelfContained() {
        String html = renderer.render(Reports.completed(Reports.classes(5), Reports.cpuAndGpu()).withLink("https://example.test/job/10"));
        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("<link")
                .doesNotContain("url(").doesNotContain("@import").contains("<style>")
                .contains("<a class=\"console\" href=\"https://example.test/job/10\">");
        assertThat(html.replace("https://example.test/job/10", "")).doesNotContain("http");
    }

    @Test
    void everySystemSeriesGetsASizedChartWithAxisLabels() {
        String html = renderer.render(Reports.completed(Reports.classes(1), Reports.cpuAndGpu()));
        Matcher svg = Pattern.compile("<svg class=\"chart\" width=\"(\\d+)\" height=\"(\\d+)\"").matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            assertThat(Integer.parseInt(svg.group(1))).isPositive();
            assertThat(Integer.parseInt(svg.group(2))).isPositive();
        }
        assertThat(charts).isEqualTo(2);
        assertThat(html).contains("time since the job started").contains(">CPU (%)</text>").contains(">GPU (%)</text>")
                .contains(">100.0 %</text>").contains(">0 min</text>").contains(">5 min</text>")
                .contains("peak 6.0 %").contains("peak 0.9 %");
    }

    @Test
    void nullPointsBreakTheLineAndLonePointsAreDots() {
        SystemMetrics system = new SystemMetrics(Map.of("memUsage", Arrays.asList(1.0, 2.0, null, 3.0, null)), null, List.of());
        String html = renderer.render(Reports.completed(Reports.classes(0), system));
        String path = html.substring(html.indexOf("class=\"series\""));
        path = path.substring(path.indexOf("d=\"") + 3, path.indexOf("\"/>"));
        assertThat(path.split("M", -1)).hasSize(3);
        assertThat(path).doesNotContain("NaN");
        assertThat(html).contains("<circle class=\"point\"").contains(">sample</text>");
    }

    @Test
    void seriesWithoutAnyPointSaysNoData() {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("gpuMemUsage", Arrays.asList(null, null));
        series.put("diskRead", List.of());
        String html = renderer.render(Reports.completed(Reports.classes(0), new SystemMetrics(series, 1, List.of())));
        assertThat(html).doesNotContain("<svg").contains("No system metric charts.")
                .contains("No data for: gpuMemUsage, diskRead");
    }

    @Test
    void minusOneFromTheApiIsNoData() throws Exception {
        SystemMetrics system = SystemMetrics.from(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"cpuUsage\":[-1,\"-1\",\"\",null],\"memUsage\":[\"-1\",\"2.5\"],\"interval\":1}"));
        String html = renderer.render(Reports.completed(Reports.classes(0), system));
        assertThat(html).contains("No data for: cpuUsage").contains("<code>memUsage</code>, peak 2.5 %").doesNotContain(">-1<");
    }

    @Test
    void missingMetricsRenderNoDataWithNotes() {
        TrainingReport report = Reports.completed(ModelMetrics.from(null), SystemMetrics.from(null));
        String html = renderer.render(report);
        assertThat(html).contains("No total metrics.").contains("No per-class metrics.")
                .contains("No system metric charts.").contains("<li>no model metrics reported</li>")
                .contains("<li>no system metrics reported</li>");
    }

    @Test
    void emptyStringsAndNullsRenderAsDashes() {
        ClassMetrics blank = new ClassMetrics("", "", Map.of());
        TrainingReport report = new TrainingReport(Reports.completed(null, null).ref(), "", "", null, "",
                Reports.completed(null, null).state(), null, null, null, "", null, null,
                new ModelMetrics(Map.of(), List.of(blank), List.of()), null, null);
        String html = renderer.render(report);
        assertThat(html).contains("<tr><th>Name</th><td>-</td></tr>").contains("<tr><th>Duration</th><td>-</td></tr>")
                .contains("<tr><td></td><td></td></tr>");
    }

    @Test
    void aThousandClassesAllAppearInTheTable() {
        String html = renderer.render(Reports.completed(Reports.classes(1000), Reports.cpuAndGpu()));
        assertThat(html).contains("<td>class-0</td>").contains("<td>class-999</td>");
        assertThat(html.split("<tr><td>class-", -1)).hasSize(1001);
    }

    @Test
    void nonAsciiClassNamesAreKeptAsTheyAre() {
        ClassMetrics sunflower = new ClassMetrics("向日葵", "3", Map.of("recall", 0.8));
        ClassMetrics rose = new ClassMetrics("Rosé 🌹", "4", Map.of("recall", 0.7));
        String html = renderer.render(Reports.completed(new ModelMetrics(Map.of(), List.of(sunflower, rose), List.of()), null));
        assertThat(html).contains("<td>向日葵</td>").contains("<td>Rosé 🌹</td>");
    }

    @Test
    void findingsComeFirstDeltasAreHighlightedAndPhasesAreMarked() {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("gpuUtil", Arrays.asList(0.0, 10.0, 12.0, 8.0, 11.0, 0.0));
        series.put("recvBytesRate", Arrays.asList(0.0, 4_000_000.0, 3_000_000.0, 0.0));
        TrainingReport plain = Reports.completed(Reports.classes(2), new SystemMetrics(series, 1, List.of()));
        TrainingReport report = new TrainingReport(plain.ref(), plain.name(), plain.version(),
                "https://console.huaweicloud.com/modelarts/?region=cn-north-4#/trainingJobs/trainingJobDetail?jobId=10&versionId=12",
                plain.statusName(), plain.state(), 300_000L, plain.createdMillis(), plain.engine(), plain.flavor(), plain.logUrl(),
                plain.outputUrl(), plain.modelMetrics(), plain.systemMetrics(), List.of(), null, plain.createdMillis() + 720_000L,
                new ReportBaseline("build #41", new ModelMetrics(Map.of("accuracy", 0.94), List.of(
                        new io.jenkins.plugins.modelarts.core.metrics.ClassMetrics("class-0", "0", Map.of("precision", 0.4)),
                        new io.jenkins.plugins.modelarts.core.metrics.ClassMetrics("class-1", "1", Map.of("precision", 0.9))),
                        List.of()), 280_000L), null);
        String html = renderer.render(report);

        assertThat(html.indexOf("<h2>Findings</h2>")).isPositive().isLessThan(html.indexOf("<h2>Summary</h2>"));
        assertThat(html).contains("id=\"finding-gpu-underused\"").contains("id=\"finding-long-queue\"")
                .contains("gpu util median percent: 10.5 %").contains("queued seconds: 12m 0s");
        assertThat(html).contains(">Open in the ModelArts console</a>").contains("<th>Queued</th><td>12m 0s</td>");
        assertThat(html).contains("Compared with the baseline, build #41").contains("class=\"num unchanged\"")
                .contains("<td class=\"num improved\" title=\"improved (baseline 0.4000)\">0.5000 <span class=\"delta\">+0.1000</span>")
                .contains("<td class=\"num regressed\"").contains("1 improved").contains("1 regressed");
        assertThat(html).contains(">queued</text>").contains(">started</text>").contains(">ended</text>")
                .contains("time since the job was created").contains(">4.0 MB/s</text>").contains("<th>Average</th>");
        assertThat(html).doesNotContain("<script");
    }
}
