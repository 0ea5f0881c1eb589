package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --dry-run} runs the pre-flight; {@code train --preflight} refuses to create what would fail. */
class TrainPreflightCliTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private final ModelArtsEmulator emulator = EMULATOR.emulator();

    @TempDir
    Path dir;

    private long creates() {
        return emulator.journal().count("POST", ".*/training-jobs");
    }

    private long obsCalls() {
        return emulator.journal().entries().stream().filter(e -> e.path().startsWith("/test-bucket")).count();
    }

    /** Only the code is in OBS: the spec's data_url (/test-bucket/data/) has nothing under it. */
    private void putCodeOnly() {
        emulator.obs().put("test-bucket", "src/train.py", "print(1)".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDryRunOfAGoodSpecPrintsTheRequestAndOneLinePerCheck() throws Exception {
        Specs.putObjects(emulator);
        CliRunner.Result r = CliRunner.against(emulator).run("train", Specs.v1(dir, "pre-ok", Map.of()).toString(), "--dry-run");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Json.mapper().readTree(r.out()).path("job_name").asText()).isEqualTo("pre-ok"); // stdout: the request
        assertThat(r.err()).contains("  ok         config.data_url /test-bucket/data/: objects found under obs://test-bucket/data/")
                .contains("  ok         config.boot_file_url /test-bucket/src/train.py: the object exists")
                .contains("  ok         config.spec_id 1: modelarts.vm.gpu.p100 is available")
                .contains("Pre-flight: 6 ok, 0 missing, 0 unchecked")
                .contains("Dry run: the v1 spec is valid; nothing was sent");
        assertThat(creates()).isZero();
    }

    @Test
    void aDryRunOfAV2SpecChecksItsFlavorAndNodeCount() {
        Specs.putObjects(emulator);
        CliRunner cli = CliRunner.against(emulator);
        CliRunner.Result r = cli.run("train", Specs.v2(dir, "pre-v2", Map.of()).toString(), "--dry-run");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("  ok         spec.resource.flavor_id modelarts.vm.gpu.p100: modelarts.vm.gpu.p100 is offered")
                .contains("  ok         spec.resource.node_count 1: within modelarts.vm.gpu.p100's max_num of 5 nodes")
                .contains("Pre-flight: 4 ok, 0 missing, 0 unchecked");
        assertThat(emulator.journal().count("GET", ".*/v2/.*/training-job-flavors")).isEqualTo(1);

        Path tooMany = Specs.write(dir, "pre-v2-big.json", Specs.text(Specs.v2(dir, "pre-v2-big", Map.of()))
                .replace("\"node_count\":1", "\"node_count\":6"));
        CliRunner.Result refused = cli.run("train", tooMany.toString(), "--dry-run");
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("  missing    spec.resource.node_count 6: more than modelarts.vm.gpu.p100's max_num of 5 nodes");
        assertThat(creates()).isZero();
    }

    @Test
    void aMissingDataPathIsExitCode2AndNothingIsCreated() {
        putCodeOnly();
        CliRunner.Result r = CliRunner.against(emulator).run("train", Specs.v1(dir, "pre-miss", Map.of()).toString(), "--dry-run");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("  missing    config.data_url /test-bucket/data/: nothing under obs://test-bucket/data/")
                .contains("Pre-flight: 5 ok, 1 missing, 0 unchecked: config.data_url /test-bucket/data/")
                .contains("modelarts: the pre-flight found 1 thing(s) missing (config.data_url /test-bucket/data/): without"
                        + " --dry-run, training job 'pre-miss' would queue and fail; fix the spec or the bucket (or add"
                        + " --no-preflight to skip the check)");
        assertThat(creates()).isZero();
    }

    @Test
    void withJsonOutputTheDocumentCarriesTheChecks() throws Exception {
        putCodeOnly();
        CliRunner.Result r = CliRunner.against(emulator)
                .run("train", Specs.v1(dir, "pre-json", Map.of()).toString(), "--dry-run", "-o", "json");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        JsonNode document = Json.mapper().readTree(r.out()); // one document, even when the pre-flight refuses
        assertThat(document.path("dry_run").asBoolean()).isTrue();
        JsonNode checks = document.path("preflight");
        assertThat(checks.size()).isEqualTo(6);
        List<String> rows = new ArrayList<>();
        checks.forEach(c -> rows.add(c.path("what").asText() + " " + c.path("path").asText() + " " + c.path("result").asText()));
        assertThat(rows).containsExactly(
                "config.data_url /test-bucket/data/ missing",
                "config.app_url /test-bucket/src/ ok",
                "config.boot_file_url /test-bucket/src/train.py ok",
                "config.log_url /test-bucket/logs/pre-json/ ok",
                "config.spec_id 1 ok",
                "config.worker_server_num 1 ok");
        assertThat(checks.path(0).path("detail").asText()).isEqualTo("nothing under obs://test-bucket/data/");
        assertThat(checks.path(0).size()).isEqualTo(4);
    }

    @Test
    void noPreflightSkipsEveryCheck() throws Exception {
        putCodeOnly();
        CliRunner.Result r = CliRunner.against(emulator)
                .run("train", Specs.v1(dir, "pre-skip", Map.of()).toString(), "--dry-run", "--no-preflight", "-o", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Json.mapper().readTree(r.out()).path("preflight").isNull()).isTrue();
        assertThat(r.err()).doesNotContain("Pre-flight");
        assertThat(obsCalls()).isZero();
    }

    @Test
    void withoutAConnectionTheChecksAreUncheckedWarningsAndTheDryRunSucceeds() {
        CliRunner.Result r = CliRunner.withoutConfiguration()
                .run("train", Specs.v1(dir, "pre-offline", Map.of()).toString(), "--dry-run");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("  unchecked  config.data_url /test-bucket/data/: No OBS access: the pre-flight's OBS"
                        + " checks needs AK/SK credentials")
                .contains("  unchecked  config.spec_id 1: Cannot connect to ModelArts: no endpoint")
                .contains("Pre-flight: 0 ok, 0 missing, 5 unchecked");
    }

    @Test
    void aRealTrainWithPreflightRefusesToCreateWhatIsMissingAndCreatesOnceItIsThere() {
        putCodeOnly();
        CliRunner cli = CliRunner.against(emulator);
        Path spec = Specs.v1(dir, "pre-real", Map.of());
        CliRunner.Result refused = cli.run("train", spec.toString(), "--preflight");

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("missing    config.data_url")
                .contains("training job 'pre-real' was not created; fix the spec or the bucket (or drop --preflight to"
                        + " skip the check)");
        assertThat(refused.out()).isEmpty();
        assertThat(creates()).isZero();

        emulator.obs().put("test-bucket", "data/part-0.csv", "a,b".getBytes(StandardCharsets.UTF_8));
        CliRunner.Result created = cli.run("train", spec.toString(), "--preflight");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.err()).contains("Pre-flight: 6 ok, 0 missing, 0 unchecked");
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void theHelpNamesTheOptionBothWays() {
        CliRunner.Result help = CliRunner.withoutConfiguration().run("train", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--[no-]preflight").contains("On by default with --dry-run");
    }

    @Test
    void aRealTrainRunsNoPreflightUnlessAsked() {
        putCodeOnly();
        CliRunner.Result r = CliRunner.against(emulator).run("train", Specs.v1(dir, "pre-none", Map.of()).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Pre-flight");
        assertThat(obsCalls()).isZero();
        assertThat(creates()).isEqualTo(1);
    }
}
