package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Metric names from the server reach the build console and the step's failure message with their
 * escape sequences, NULs, line breaks and bidi overrides shown as escapes (docs/security.md).
 */
class HostileConsoleTextTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** JSON escapes inside the metric list: ESC sequences, a bidi override, a forged console line. */
    private static final String EVIL = "evil\\u001b[2J\\u0000\\u202Egnp.exe\\nFinished: SUCCESS";

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.afterStatusReads(1).withModelMetrics("{\"metric\":[],"
                + "\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.5,\"acc" + EVIL + "\":0.4}}}"));
    }

    private static void assertEscaped(String text) {
        assertThat(text).doesNotContain("\u001b", "\u0000", "\u202E", "\nFinished: SUCCESS").contains("acc" + "evil\\u001b[2J");
    }

    @Test
    void hostileMetricNamesAreEscapedInTheConsoleAndTheGateFailure() throws Exception {
        FakeRun run = h.newRun();
        TrainStep train = TrainStepTest.train(Map.of());
        train.setWait(true);
        train.setArchiveLogs(false);
        FakeStepContext trained = new FakeStepContext(run);
        train.start(trained).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> job = (Map<String, Object>) trained.await(WAIT);
        assertEscaped(trained.log());

        GateStep gate = new GateStep((String) job.get("jobId"));
        gate.setVersionId((Long) job.get("versionId"));
        gate.setRequire(List.of("accuracy >= 0.9"));
        gate.setBaseline((String) job.get("jobId"));
        gate.setMaxRegression(0.0);
        FakeStepContext gated = new FakeStepContext(run);
        gate.start(gated).start();
        Throwable failure = gated.awaitFailure(WAIT);
        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(gated.log() + failure.getMessage()).doesNotContain("\u001b", "\u0000", "\u202E");
    }
}
