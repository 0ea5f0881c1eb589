package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelarts job JOB --record FILE} on one emulator, replayed by another ({@code emulator --replay}). */
class RecordReplayCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METRICS = "{\"metric\":[{\"metric_values\":{\"recall\":0.71,\"precision\":0.74,\"accuracy\":0.77},"
            + "\"reserved_data\":{},\"metric_meta\":{\"class_name\":\"cat\",\"class_id\":0}}],\"total_metric\":{"
            + "\"total_metric_values\":{\"f1_score\":0.72,\"recall\":0.71,\"precision\":0.74,\"accuracy\":0.7712},"
            + "\"total_metric_meta\":{},\"total_reserved_data\":{}}}";

    @TempDir
    Path dir;

    /** Trains {@code spec} to its end; returns the job reference arguments ({@code JOB} or {@code JOB --job-version V}). */
    private static String[] trained(CliRunner cli, Path spec) {
        CliRunner.Result created = cli.run("train", spec.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        String[] ids = created.out().trim().split(" ");
        CliRunner.Result waited = cli.run(ids.length == 2
                ? new String[] {"wait", ids[0], "--job-version", ids[1], "--poll-interval", "1s"}
                : new String[] {"wait", ids[0], "--poll-interval", "1s"});
        assertThat(waited.exitCode()).as(waited.err()).isIn(0, 1);
        return ids.length == 2 ? new String[] {ids[0], "--job-version", ids[1]} : new String[] {ids[0]};
    }

    private static JsonNode json(CliRunner cli, String command, String[] job) throws Exception {
        String[] args = new String[job.length + 3];
        args[0] = command;
        System.arraycopy(job, 0, args, 1, job.length);
        args[job.length + 1] = "-o";
        args[job.length + 2] = "json";
        CliRunner.Result r = cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static CliRunner.Result record(CliRunner cli, String[] job, Path file, String... more) {
        String[] args = new String[job.length + 3 + more.length];
        args[0] = "job";
        System.arraycopy(job, 0, args, 1, job.length);
        args[job.length + 1] = "--record";
        args[job.length + 2] = file.toString();
        System.arraycopy(more, 0, args, job.length + 3, more.length);
        return cli.run(args);
    }

    @Test
    void aRecordedJobIsReplayedWithTheSameFinalStateMetricsAndLog() throws Exception {
        Path spec = Specs.v1(dir, "resnet-rehearsal", Map.of());
        Path fixture = dir.resolve("fixtures/resnet.json");
        JsonNode original;
        JsonNode originalLog;
        try (ModelArtsEmulator recorded = ModelArtsEmulator.builder().build().start()) {
            recorded.scriptFor("resnet-rehearsal", JobScript.afterStatusReads(4).withModelMetrics(METRICS).withLogLines(9)
                    .withSystemProfile("gpu-underused").withQueued(Duration.ofMinutes(30)));
            CliRunner cli = CliRunner.against(recorded);
            String[] job = trained(cli, spec);
            CliRunner.Result r = record(cli, job, fixture);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("Recorded job").contains("9 log lines").contains(fixture.toString());
            original = json(cli, "job", job);
            originalLog = json(cli, "logs", job).path("files").get(0).path("log");
        }

        try (ModelArtsEmulator replay = ModelArtsEmulator.builder().replay(fixture).replayTime(Duration.ZERO).build().start()) {
            CliRunner cli = CliRunner.against(replay);
            String[] job = trained(cli, spec);
            JsonNode replayed = json(cli, "job", job);
            JsonNode replayedLog = json(cli, "logs", job).path("files").get(0).path("log");

            assertThat(replayed.path("status").asInt()).isEqualTo(10).isEqualTo(original.path("status").asInt());
            assertThat(replayed.path("model_metric_list")).isEqualTo(JSON.readTree(METRICS)).isEqualTo(original.path("model_metric_list"));
            assertThat(replayed.path("system_metric_list")).isEqualTo(original.path("system_metric_list"));
            assertThat(replayed.path("duration").asLong()).isEqualTo(original.path("duration").asLong()).isPositive();
            assertThat(replayed.path("start_time").asLong() - replayed.path("create_time").asLong())
                    .isEqualTo(Duration.ofMinutes(30).toMillis());
            assertThat(replayedLog.path("content").asText()).isEqualTo(originalLog.path("content").asText())
                    .contains("resnet-rehearsal").contains("epoch 7/7");
        }
    }

    @Test
    void theFixtureHoldsNoCredentialsProjectIdOrEndpointEvenWhenTheJobPrintedThem() throws Exception {
        Path fixture = dir.resolve("failed.json");
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start()) {
            String leak = "connecting to " + emulator.baseUrl() + " project " + emulator.projectId() + " with "
                    + emulator.accessKey() + ":" + emulator.secretKey();
            Path spec = Specs.v2(dir, "leaky", Map.of("emulator_final_status", "failed", "emulator_failure_message", leak));
            CliRunner cli = CliRunner.against(emulator);
            String[] job = trained(cli, spec);

            CliRunner.Result r = record(cli, job, fixture, "--record-log-lines", "5");
            assertThat(r.exitCode()).as(r.err()).isZero();

            String text = Files.readString(fixture);
            assertThat(text).doesNotContain(emulator.projectId()).doesNotContain(emulator.accessKey())
                    .doesNotContain(emulator.secretKey()).doesNotContain(emulator.baseUrl());
            JsonNode document = JSON.readTree(text);
            assertThat(document.path("modelarts_fixture").asInt()).isEqualTo(1);
            assertThat(document.path("api").asText()).isEqualTo("v2");
            assertThat(document.path("final_state").asText()).isEqualTo("failed");
            assertThat(document.path("failure_message").asText())
                    .isEqualTo("connecting to <redacted> project <redacted> with <redacted>:<redacted>");
            assertThat(document.path("log").path("lines")).hasSize(5);
            assertThat(document.path("log").path("truncated").asBoolean()).as("20 lines, the last 5 kept").isTrue();
            assertThat(document.path("log").path("lines").get(4).asText()).contains("training finished");
        }
    }

    @Test
    void aJobThatHasNotEndedIsNotRecorded() {
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start()) {
            emulator.defaultScript(JobScript.afterStatusReads(100));
            CliRunner cli = CliRunner.against(emulator);
            String[] ids = cli.run("train", Specs.v1(dir, "running", Map.of()).toString()).out().trim().split(" ");
            Path fixture = dir.resolve("running-fixture.json");

            CliRunner.Result r = cli.run("job", ids[0], "--record", fixture.toString());

            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("has not ended").contains("record it once it has ended");
            assertThat(fixture).doesNotExist();
        }
    }

    @Test
    void aLogLineCountWithoutRecordIsRefusedRatherThanIgnored() {
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start()) {
            CliRunner.Result r = CliRunner.against(emulator).run("job", "1", "--record-log-lines", "5");

            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("--record-log-lines is for --record FILE, which is not given");
            assertThat(emulator.journal().entries()).as("refused before any request").isEmpty();
        }
    }

    @Test
    void theEmulatorRefusesABadFixtureNamingTheFileBeforeItListens() throws Exception {
        Path broken = Specs.write(dir, "broken.json", "{\"modelarts_fixture\": 1,");
        Path future = Specs.write(dir, "future.json", "{\"modelarts_fixture\": 7, \"job_name\": \"x\"}");
        CliRunner cli = CliRunner.withoutConfiguration();

        CliRunner.Result notJson = cli.run("emulator", "--port", "0", "--replay", broken.toString());
        CliRunner.Result newer = cli.run("emulator", "--port", "0", "--replay", future.toString());
        CliRunner.Result missing = cli.run("emulator", "--port", "0", "--replay", dir.resolve("none.json").toString());

        assertThat(notJson.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notJson.err()).contains(broken.toString()).contains("is not valid JSON");
        assertThat(newer.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(newer.err()).contains(future.toString()).contains("format version 7").contains("reads version 1");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("none.json");
        assertThat(notJson.out() + newer.out() + missing.out()).doesNotContain("listening");
    }
}
