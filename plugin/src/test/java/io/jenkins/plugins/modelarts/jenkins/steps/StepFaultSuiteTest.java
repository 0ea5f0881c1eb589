package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.model.TrainingJobSummary;
import io.jenkins.plugins.modelarts.emulator.Faults;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault suite of docs/reliability.md through the step executions: each fault of the emulator
 * against {@code modelartsTrain}, with the outcome, the time taken against the step's deadline, and
 * the number of jobs the step leaves behind (exactly one, or none), asserted.
 */
class StepFaultSuiteTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration GRACE = Duration.ofSeconds(2);
    /** Scheduling slack on a busy 2-core CI machine. */
    private static final Duration SLACK = Duration.ofMillis(1500);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.runtime.withStopGrace(GRACE);
    }

    @AfterEach
    void stop() throws Exception {
        h.emulator.faults().clear();
    }

    private long createsSent() {
        return h.emulator.journal().count("POST", ".*/v1/[^/]+/training-jobs");
    }

    private long stopsSent() {
        return h.emulator.journal().count("POST", ".*/training-jobs/[0-9]+/versions/[0-9]+/stop");
    }

    /** A train execution of job {@code name} with a timeout measured in seconds (the step's is in minutes). */
    private TrainExecution train(FakeStepContext context, String name, Duration timeout) throws Exception {
        TrainingDefinition definition = TrainStepTest.trainingDefinition(TrainStepTest.train(Map.of()));
        return new TrainExecution(context, Connection.resolve(StepHarness.DEFAULTS, null, null, null, null), definition,
                name, true, WaitSettings.builder()
                        .pollInterval(Duration.ofMillis(200)).timeout(timeout).streamLog(false).archiveLogs(false).publishReport(false).build());
    }

    static Stream<Arguments> faultsOnTheCreate() {
        return Stream.of(
                Arguments.of("throttled", (Consumer<Faults>) f -> f.throttle(1, Duration.ofMillis(200)), false),
                Arguments.of("5xx before processing", (Consumer<Faults>) f -> f.serverErrors(1, 503), false),
                Arguments.of("answer lost after processing", (Consumer<Faults>) f -> f.serverErrorsAfterProcessing(1, 502), true),
                Arguments.of("connection dropped before processing", (Consumer<Faults>) f -> f.dropConnections(1), false),
                Arguments.of("truncated JSON", (Consumer<Faults>) f -> f.malformedResponses(1), true),
                Arguments.of("200 with null", (Consumer<Faults>) f -> f.garbledResponses(1, "null"), true),
                Arguments.of("200 without job_id", (Consumer<Faults>) f -> f.garbledResponses(1, "{\"is_success\": true}"), true),
                Arguments.of("oversized answer", (Consumer<Faults>) f -> f.oversizedResponses(1, 20L * 1024 * 1024), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultsOnTheCreate")
    void aFaultOnTheCreateEndsWithExactlyOneJobWhichTheStepWaitsFor(String fault, Consumer<Faults> inject,
            boolean foundByName) throws Exception {
        h.emulator.faults().createsOnly(true);
        inject.accept(h.emulator.faults());
        TrainStep step = TrainStepTest.train(Map.of());
        step.setWait(true);
        step.setTimeout(1);
        FakeStepContext context = h.newContext();
        long start = System.nanoTime();
        step.start(context).start();

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        TrainingJobSummary job = h.clients.client().jobsV1().findByName("resnet-1").orElseThrow();
        assertThat(value).containsEntry("state", "COMPLETED").containsEntry("jobId", String.valueOf(job.jobId()));
        assertThat(createsSent()).as("no create beyond the attempt limit (2 in the harness)").isBetween(1L, 2L);
        assertThat(context.log()).contains(foundByName
                ? "Re-attached to ModelArts training job resnet-1, which the create made although its answer was lost"
                : "Created ModelArts training job resnet-1: ");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void serverErrorsAndThrottlingWhileWaitingDoNotEndTheWait() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(4));
        FakeStepContext context = h.newContext();
        TrainExecution execution = train(context, "flaky-reads", Duration.ofSeconds(20));
        execution.start();
        TrainStepTest.await(() -> execution.ref() != null);
        h.emulator.faults().serverErrors(3, 503).throttle(2, Duration.ofMillis(100));

        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);

        assertThat(value).containsEntry("state", "COMPLETED");
        assertThat(createsSent()).isEqualTo(1);
    }

    @Test
    void aTimeoutDuringASlowCreateEndsTheStepOnTimeAndTheJobIsStoppedOnceKnown() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1_000_000));
        h.emulator.faults().latency(Duration.ofSeconds(4));
        FakeStepContext context = h.newContext();
        Duration timeout = Duration.ofSeconds(1);
        long start = System.nanoTime();
        train(context, "slow-create", timeout).start();

        Throwable failure = context.awaitFailure(WAIT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).hasMessageContaining("did not end within 1s").hasMessageContaining("the job was stopped");
        assertThat(stopsSent()).as("no stop can be sent before the create has answered").isZero();
        assertThat(took).as("the timeout, then the stop grace at most").isLessThan(timeout.plus(GRACE).plus(SLACK));
        // the create (4 s) returns after the step ended; its job is stopped then (another 4 s)
        TrainStepTest.await(() -> context.log().contains("Stopped ModelArts job"));
        h.emulator.faults().latency(Duration.ZERO);
        assertThat(context.log()).contains("(timeout while the job was being created)");
        assertThat(stopsSent()).isEqualTo(1);
        assertThat(createsSent()).isEqualTo(1);
        assertThat(h.clients.client().jobsV1().findByName("slow-create")).isPresent();
    }

    @Test
    void anAbortDuringASlowCreateEndsTheStepWithinTheGraceAndTheJobIsStoppedOnceKnown() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1_000_000));
        h.emulator.faults().latency(Duration.ofSeconds(3));
        FakeStepContext context = h.newContext();
        TrainExecution execution = train(context, "aborted-create", null);
        execution.start();
        TrainStepTest.await(() -> createsSent() == 1);
        long abortAt = System.nanoTime();
        InterruptedException abort = new InterruptedException("aborted by the user");

        execution.stop(abort);

        assertThat(context.awaitFailure(WAIT)).isSameAs(abort);
        assertThat(Duration.ofNanos(System.nanoTime() - abortAt)).isLessThan(GRACE.plus(SLACK));
        TrainStepTest.await(() -> context.log().contains("Stopped ModelArts job"));
        assertThat(stopsSent()).isEqualTo(1);
        assertThat(context.log()).containsPattern("Stopped ModelArts job [0-9]+ version [0-9]+ \\(the build was aborted");
        assertThat(createsSent()).isEqualTo(1);
    }

    @Test
    void anAbortBeforeTheCreateIsSentCreatesNothing() throws Exception {
        FakeStepContext context = h.newContext();
        TrainExecution execution = train(context, "never-created", null);
        InterruptedException abort = new InterruptedException("aborted while queued");
        execution.stop(abort); // the abort reaches the step before its I/O work has started

        execution.start();

        assertThat(context.awaitFailure(WAIT)).isSameAs(abort);
        assertThat(createsSent()).isZero();
        assertThat(h.clients.client().jobsV1().findByName("never-created")).isEmpty();
    }

    @Test
    void aRestartWhileTheStepIsStoppingItsJobFinishesTheStopInsteadOfWaitingAgain() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1_000_000));
        FakeStepContext context = h.newContext();
        TrainExecution execution = train(context, "stopping", null);
        execution.start();
        TrainStepTest.await(execution::watching);
        h.emulator.faults().latency(Duration.ofSeconds(10)); // the stop request will not be answered before the restart
        InterruptedException abort = new InterruptedException("aborted by the user");
        execution.stop(abort);
        byte[] programDat = Executions.serialize(execution); // saved as the step asked when it began stopping
        h.restartController();
        h.runtime.withStopGrace(GRACE);
        h.emulator.faults().latency(Duration.ZERO);
        long stopsBefore = stopsSent();
        TrainExecution resumed = Executions.restore(programDat, TrainExecution.class);

        resumed.onResume();

        Throwable failure = context.awaitFailure(WAIT);
        assertThat(failure).isInstanceOf(InterruptedException.class).hasMessage("aborted by the user");
        assertThat(stopsSent()).as("the stop is sent again after the restart").isGreaterThan(stopsBefore);
        assertThat(context.log()).contains("Resuming the stop of ModelArts job").contains("(the build was aborted) after a Jenkins restart")
                .doesNotContain("Resuming the wait");
        assertThat(createsSent()).isEqualTo(1);
    }
}
