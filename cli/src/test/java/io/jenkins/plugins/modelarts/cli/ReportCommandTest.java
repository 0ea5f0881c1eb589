package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private static final Pattern REF = Pattern.compile("job (\\d+) version (\\d+)");

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void connect() {
        cli = CliRunner.against(EMULATOR.emulator());
    }

    /** Trains a v1 job to the end and returns its job id and version id. */
    private String[] completedJob(String name) {
        CliRunner.Result r = cli.run("train", Specs.v1(dir, name, Map.of()).toString(), "--wait", "--poll-interval", "1s");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Matcher m = REF.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return new String[] {m.group(1), m.group(2)};
    }

    @Test
    void writesHtmlAndJsonForACompletedJob() throws Exception {
        String[] ids = completedJob("report-completed");
        Path out = dir.resolve("report");
        CliRunner.Result r = cli.run("report", ids[0], "--job-version", ids[1], "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(out.resolve("index.html").toString()).contains(out.resolve("report.json").toString());
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("report-completed").contains("JOBSTAT_COMPLETED(10)").contains("<td>daisy</td>")
                .contains("<td>tulips</td>").contains("<th>accuracy</th>").contains("0.9400").doesNotContain("<script");
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.path("job").path("name").asText()).isEqualTo("report-completed");
        assertThat(json.path("model_metrics").path("totals").path("accuracy").asDouble()).isEqualTo(0.94);
        assertThat(json.path("model_metrics").path("classes")).hasSize(5);
    }

    @Test
    void jsonOutputPrintsTheReportAndStillWritesTheFiles() throws Exception {
        String[] ids = completedJob("report-json");
        Path out = dir.resolve("json-report");
        CliRunner.Result r = cli.run("report", ids[0], "--out", out.toString(), "-o", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("job").path("version_id").asText()).isEqualTo(ids[1]);
        assertThat(json.path("status").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(out.resolve("index.html")).exists();
        assertThat(r.err()).contains("Wrote");
    }

    @Test
    void v2JobReportSaysItHasNoModelMetricsAndChartsTheTaskMetrics() throws Exception {
        CliRunner.Result trained = cli.run("train", Specs.v2(dir, "report-v2", Map.of()).toString(), "--wait",
                "--poll-interval", "1s");
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        Matcher m = Pattern.compile("job ([0-9a-f-]{36})").matcher(trained.out());
        assertThat(m.find()).as(trained.out()).isTrue();
        Path out = dir.resolve("v2");
        CliRunner.Result r = cli.run("report", m.group(1), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("report-v2").contains("no model metrics (v2 job)").contains("No per-class metrics.");
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.path("job").path("api").asText()).isEqualTo("V2");
        assertThat(json.path("system_metrics").path("notes").toString()).contains("worker-0");
    }

    @Test
    void missingOutOrABadJobIdIsAUsageError() {
        CliRunner.Result noOut = cli.run("report", "10");
        assertThat(noOut.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noOut.err()).contains("--out");
        CliRunner.Result badId = cli.run("report", "not-a-job", "--out", dir.toString());
        assertThat(badId.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badId.err()).contains("is not a job id");
    }

    @Test
    void anUnknownJobIsAnApiError() {
        CliRunner.Result r = cli.run("report", "999999", "--job-version", "1", "--out", dir.resolve("none").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(dir.resolve("none")).doesNotExist();
    }
}
