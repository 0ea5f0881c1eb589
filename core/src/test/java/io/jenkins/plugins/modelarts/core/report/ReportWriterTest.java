package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesBothFilesIntoANewFolderAndLeavesNoTemporaryFiles() throws Exception {
        Path out = dir.resolve("a").resolve("b");
        ReportWriter.Written written = new ReportWriter().write(Reports.completed(Reports.classes(3), Reports.cpuAndGpu()), out);
        assertThat(written.html()).isEqualTo(out.resolve("index.html"));
        assertThat(written.json()).isEqualTo(out.resolve("report.json"));
        assertThat(Files.readString(written.html(), StandardCharsets.UTF_8)).contains("class-2");
        assertThat(Files.readString(written.json(), StandardCharsets.UTF_8)).contains("\"class-2\"");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html", "report.json");
        }
    }

    @Test
    void aLoneSurrogateInAMetricNameIsReplacedInsteadOfFailingTheWrite() throws Exception {
        io.jenkins.plugins.modelarts.core.metrics.ModelMetrics metrics = new io.jenkins.plugins.modelarts.core.metrics.ModelMetrics(
                java.util.Map.of("acc\uD800", 0.9), java.util.List.of(), java.util.List.of());
        ReportWriter.Written written = new ReportWriter().write(Reports.completed(metrics, null), dir);
        assertThat(Files.readString(written.html(), StandardCharsets.UTF_8)).contains("acc\uFFFD");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(written.json().toFile())
                .path("model_metrics").path("totals").fieldNames().next()).isEqualTo("acc\uFFFD");
    }

    @Test
    void replacesAnEarlierReport() throws Exception {
        ReportWriter writer = new ReportWriter();
        writer.write(Reports.completed(Reports.classes(3), null), dir);
        writer.write(Reports.completed(Reports.classes(1), null), dir);
        assertThat(Files.readString(dir.resolve("index.html"))).contains("class-0").doesNotContain("class-2");
    }
}
