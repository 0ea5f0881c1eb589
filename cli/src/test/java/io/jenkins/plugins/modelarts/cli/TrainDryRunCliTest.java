package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --dry-run}: everything checked, the request printed, nothing created. */
class TrainDryRunCliTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    @TempDir
    Path dir;

    private long creates() {
        return EMULATOR.emulator().journal().count("POST", ".*/training-jobs");
    }

    @Test
    void aSpecFileIsCheckedAndPrintedWithoutAConnectionOrACreate() throws Exception {
        long before = EMULATOR.emulator().journal().size();
        CliRunner.Result r = CliRunner.withoutConfiguration()
                .run("train", Specs.v1(dir, "dry-1", Map.of()).toString(), "--job-name", "dry-build-7", "--dry-run");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode request = Json.mapper().readTree(r.out());
        assertThat(request.path("job_name").asText()).isEqualTo("dry-build-7");
        assertThat(request.path("config").path("boot_file_url").asText()).isEqualTo("/test-bucket/src/train.py");
        assertThat(r.err()).contains("Dry run: the v1 spec is valid; nothing was sent")
                .contains("creates training job 'dry-build-7'");
        assertThat(EMULATOR.emulator().journal().size()).isEqualTo(before);
    }

    @Test
    void withJsonOutputItIsOneDocumentAndABrokenSpecIsStillAUsageError() throws Exception {
        CliRunner.Result r = CliRunner.withoutConfiguration()
                .run("train", Specs.v2(dir, "dry-v2", Map.of()).toString(), "--dry-run", "-o", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode document = Json.mapper().readTree(r.out());
        assertThat(document.path("dry_run").asBoolean()).isTrue();
        assertThat(document.path("api").asText()).isEqualTo("v2");
        assertThat(document.path("request").path("metadata").path("name").asText()).isEqualTo("dry-v2");
        assertThat(document.path("reuses").isNull()).isTrue();

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"job_name\": \"bad name!\", \"config\": {}}");
        CliRunner.Result bad = CliRunner.withoutConfiguration().run("train", broken.toString(), "--dry-run");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("job_name");
    }

    @Test
    void withReuseItNamesTheJobThatWouldBeReturnedAndCreatesNothing() {
        CliRunner cli = CliRunner.against(EMULATOR.emulator());
        Specs.putObjects(EMULATOR.emulator()); // the last dry run creates nothing to reuse: the pre-flight runs
        Path spec = Specs.v1(dir, "dry-reuse", Map.of("emulator_status_reads", "1"));
        CliRunner.Result trained = cli.run("train", spec.toString(), "--reuse", "successful", "--wait", "--poll-interval", "1s");
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        long afterFirst = creates();

        CliRunner.Result dry = cli.run("train", spec.toString(), "--job-name", "dry-reuse-2", "--reuse", "successful", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.err()).contains("Dry run: nothing was created; with --reuse this run would return the earlier job")
                .contains("Reused training job ");
        CliRunner.Result fresh = cli.run("train", Specs.v1(dir, "dry-new", Map.of("lr2", "1")).toString(),
                "--reuse", "successful", "--dry-run", "-o", "json");
        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains("modelarts-fp:"); // the request that would be sent carries the fingerprint
        assertThat(creates()).isEqualTo(afterFirst);
    }
}
