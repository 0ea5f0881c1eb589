package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.emulator.JobScript;
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

/** Findings, finding gate rules and the console link through the command line. */
class FindingsCliTest {
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

    private String[] trained(String name, Map<String, String> steering) {
        Map<String, String> params = new java.util.HashMap<>(steering);
        params.put(JobScript.STATUS_READS, "8");
        CliRunner.Result r = cli.run("--region", "cn-north-4", "train", Specs.v1(dir, name, params).toString(), "--wait",
                "--poll-interval", "1s");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Console: https://console.huaweicloud.com/modelarts/?region=cn-north-4#/trainingJobs/");
        Matcher m = REF.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return new String[] {m.group(1), m.group(2), r.out()};
    }

    @Test
    void theWaitSummaryAndTheReportListTheFindingsWithTheConsoleLink() throws Exception {
        String[] ids = trained("cli-starved", Map.of(JobScript.SYSTEM_METRICS, "gpu-underused"));
        assertThat(ids[2]).contains("Finding gpu-underused (warning): The GPU was under-used");
        Path out = dir.resolve("report");
        CliRunner.Result r = cli.run("--region", "cn-north-4", "report", ids[0], "--version", ids[1], "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Finding gpu-underused (warning)").contains("Console: https://console.huaweicloud.com/");
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.path("findings")).hasSize(1);
        assertThat(json.path("findings").get(0).path("id").asText()).isEqualTo("gpu-underused");
        assertThat(json.path("system_metrics").path("units").path("recvBytesRate").asText()).isEqualTo("B/s");
        assertThat(Files.readString(out.resolve("index.html"))).contains("id=\"finding-gpu-underused\"")
                .contains(">Open in the ModelArts console</a>");
    }

    @Test
    void aFindingRuleFailsTheGateAndAThresholdCanMoveIt() {
        String[] starved = trained("cli-gate-starved", Map.of(JobScript.SYSTEM_METRICS, "gpu-underused"));
        CliRunner.Result failed = cli.run("gate", starved[0], "--require", "finding:gpu-underused == 0");
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(5);
        assertThat(failed.out()).contains("FAIL  finding:gpu-underused == 0: 1 finding");
        CliRunner.Result tuned = cli.run("gate", starved[0], "--require", "finding:gpu-underused == 0",
                "--threshold", "gpu_underused_percent=5");
        assertThat(tuned.exitCode()).as(tuned.out()).isZero();
        String[] balanced = trained("cli-gate-balanced", Map.of());
        assertThat(cli.run("gate", balanced[0], "--require", "finding:warning == 0").exitCode()).isZero();
    }

    @Test
    void badThresholdsAndUnknownFindingsAreUsageErrors() {
        CliRunner.Result r = cli.run("gate", "1", "--require", "finding:nope == 0", "--threshold", "bogus=1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown finding 'nope'").contains("unknown finding threshold 'bogus'");
    }
}
