package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TrainReuseCliTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void connect() {
        cli = CliRunner.against(EMULATOR.emulator());
    }

    private long creates() {
        return EMULATOR.emulator().journal().count("POST", ".*/training-jobs");
    }

    @Test
    void aRerunWithAnUnchangedDefinitionCreatesNoSecondJob() {
        Path spec = Specs.v1(dir, "reuse-cli", Map.of());
        CliRunner.Result first = cli.run("train", spec.toString(), "--reuse", "successful", "--wait", "--poll-interval", "1s");
        assertThat(first.exitCode()).as(first.err()).isZero();
        long afterFirst = creates();
        CliRunner.Result second = cli.run("train", spec.toString(), "--job-name", "reuse-cli-2", "--reuse", "24h",
                "--wait", "--poll-interval", "1s");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("Reused training job ").contains("no new job created");
        assertThat(creates()).isEqualTo(afterFirst);
    }

    @Test
    void aChangedDefinitionCreatesANewJob() {
        CliRunner.Result first = cli.run("train", Specs.v1(dir, "reuse-cli-a", Map.of()).toString(), "--reuse", "successful",
                "--wait", "--poll-interval", "1s");
        assertThat(first.exitCode()).as(first.err()).isZero();
        long afterFirst = creates();
        Path changed = Specs.v1(dir, "reuse-cli-b", Map.of("emulator_log_lines", "7"));
        CliRunner.Result second = cli.run("train", changed.toString(), "--reuse", "successful");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("Reused").contains("Created training job 'reuse-cli-b'");
        assertThat(creates()).isEqualTo(afterFirst + 1);
    }

    @Test
    void aV2SpecIsLookedUpInTheSearchOfCompletedJobs() {
        Path spec = Specs.v2(dir, "reuse-v2", Map.of("emulator_status_reads", "1"));
        CliRunner.Result first = cli.run("train", spec.toString(), "--reuse", "successful", "--wait", "--poll-interval", "1s");
        assertThat(first.exitCode()).as(first.err()).isZero();
        long afterFirst = creates();
        CliRunner.Result second = cli.run("train", spec.toString(), "--job-name", "reuse-v2-b", "--reuse", "successful");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("Reused training job ").contains("no new job created");
        assertThat(second.out().strip()).matches("[0-9a-f-]{36}");
        assertThat(first.out()).contains(second.out().strip()); // the same job's id on stdout
        assertThat(creates()).isEqualTo(afterFirst);
    }

    @Test
    void aBadReuseValueIsAUsageError() {
        long before = creates();
        CliRunner.Result r = cli.run("train", Specs.v1(dir, "reuse-bad", Map.of()).toString(), "--reuse", "always");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--reuse").contains("'always'");
        assertThat(creates()).isEqualTo(before);
    }
}
