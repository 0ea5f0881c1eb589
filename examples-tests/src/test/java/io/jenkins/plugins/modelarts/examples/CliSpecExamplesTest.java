package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.cli.Cli;
import io.jenkins.plugins.modelarts.cli.CliContext;
import io.jenkins.plugins.modelarts.cli.ExitCodes;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLI spec files under examples/, submitted with {@code modelarts train} as docs/cli.md shows, against the emulator. */
class CliSpecExamplesTest {
    private ModelArtsEmulator emulator;

    record Run(int exitCode, String out, String err) {}

    @BeforeEach
    void start() {
        emulator = ModelArtsEmulator.builder().build().start();
        emulator.defaultScript(JobScript.afterStatusReads(1));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Run modelarts(String... args) {
        Map<String, String> env = Map.of("MODELARTS_ENDPOINT", emulator.baseUrl(),
                "HUAWEICLOUD_SDK_PROJECT_ID", emulator.projectId(),
                "HUAWEICLOUD_SDK_AK", emulator.accessKey(), "HUAWEICLOUD_SDK_SK", emulator.secretKey());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new CliContext(env, new PrintWriter(out, true), new PrintWriter(err, true), Clock.systemUTC(),
                Sleeper.SYSTEM)).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theV1SpecTrainsAndCompletes() {
        Run run = modelarts("train", "../examples/train-v1.json", "--wait", "--poll-interval", "1s");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out() + run.err()).contains("resnet50-flowers").contains("COMPLETED");
    }

    @Test
    void theV2SpecTrainsAndCompletes() {
        Run run = modelarts("train", "../examples/train-v2.json", "--wait", "--poll-interval", "1s");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out() + run.err()).contains("bert-finetune").contains("completed (Completed)");
    }

    @Test
    void theBrokenSpecIsRefusedWithEveryProblemBeforeAnythingIsSent() {
        Run run = modelarts("train", "../examples/broken-v1.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("job_name").contains("worker_server_num");
        assertThat(emulator.journal().count("POST", ".*training-jobs.*")).isZero();
    }
}
