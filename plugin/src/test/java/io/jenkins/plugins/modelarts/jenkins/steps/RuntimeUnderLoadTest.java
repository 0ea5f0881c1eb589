package io.jenkins.plugins.modelarts.jenkins.steps;

import static io.jenkins.plugins.modelarts.jenkins.steps.TrainStepTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.poll.PollerSettings;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.jenkins.EmulatorClients;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.InstalledRuntime;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import io.jenkins.plugins.modelarts.jenkins.report.ArtifactArchiver;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin runtime's thread model under load and at shutdown: blocking work (completions, log
 * archiving, HTTP calls) runs on a bounded I/O pool; timeouts and the abort grace run on a timer
 * thread that never blocks, so a saturated pool cannot keep a build waiting past its timeout or abort.
 */
class RuntimeUnderLoadTest {
    private static final Duration GRACE = Duration.ofMillis(300);
    private static final int IO_THREADS = 8;
    private static final long SLACK_MILLIS = 3000;

    @TempDir
    Path dir;

    private ModelArtsEmulator emulator;
    private EmulatorClients clients;
    private ModelArtsRuntime runtime;
    private AutoCloseable installed;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger archiving = new AtomicInteger();
    private final AtomicInteger builds = new AtomicInteger();

    /** Publishing a report or logs blocks until the test releases it (or the thread is interrupted). */
    private final ArtifactArchiver blockingArtifacts = (Run<?, ?> run, Path d, Map<String, String> files, TaskListener l) -> {
        archiving.incrementAndGet();
        release.await();
    };

    @BeforeEach
    void start() {
        emulator = ModelArtsEmulator.builder().build().start();
        clients = new EmulatorClients(emulator);
        install();
    }

    private void install() {
        PollerSettings fast = PollerSettings.defaults().withIntervals(Duration.ofMillis(100), Duration.ofMillis(100))
                .withTickPeriod(Duration.ofMillis(25)).withJitter(0).withMaxRequestsPerMinute(100_000);
        runtime = new ModelArtsRuntime(clients, () -> StepHarness.DEFAULTS, Clock.systemUTC(), fast, blockingArtifacts)
                .withIoThreads(IO_THREADS).withStopGrace(GRACE);
        installed = InstalledRuntime.install(runtime);
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        installed.close();
        clients.close();
        emulator.close();
    }

    private CreateTrainingJobResponse job(String name) throws Exception {
        TrainStep fields = TrainStepTest.train(Map.of());
        var field = TrainStep.class.getDeclaredField("definition");
        field.setAccessible(true);
        JobSpec.V1 spec = (JobSpec.V1) ((TrainingDefinition) field.get(fields)).toSpec(name, clients.client());
        return clients.client().jobsV1().create(spec.request());
    }

    private FakeStepContext context() throws Exception {
        return new FakeStepContext(new FakeRun(new FakeJob("load"), builds.incrementAndGet(), dir));
    }

    private JobWaitExecution waitFor(CreateTrainingJobResponse job, FakeStepContext context, WaitSettings settings) {
        JobWaitExecution e = new JobWaitExecution(context, Connection.resolve(StepHarness.DEFAULTS, null, null, null, null),
                JobRef.v1(job.jobId(), job.versionId()), settings);
        e.start();
        return e;
    }

    @Test
    void twoHundredWaitingBuildsStillTimeOutAndAbortOnTimeWhileTenArchivingBuildsHoldEveryIoThread() throws Exception {
        emulator.defaultScript(JobScript.afterStatusReads(1_000_000));
        Duration timeout = Duration.ofSeconds(2);
        // 200 builds wait for 40 jobs that keep running (5 builds a job), each build tailing its log every
        // 200 ms: the builds of 20 jobs with a timeout, those of the 20 others to be aborted.
        List<FakeStepContext> timingOut = new ArrayList<>();
        List<FakeStepContext> toAbort = new ArrayList<>();
        List<JobWaitExecution> aborted = new ArrayList<>();
        List<CreateTrainingJobResponse> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            jobs.add(job("wait-" + i));
        }
        long lastTimedStart = 0;
        for (int i = 0; i < 200; i++) {
            FakeStepContext c = context();
            int j = i % 40;
            boolean timed = j < 20;
            JobWaitExecution e = waitFor(jobs.get(j), c, WaitSettings.builder()
                    .pollInterval(Duration.ofMillis(200))
                    .timeout(timed ? timeout : null)
                    .archiveLogs(false)
                    .publishReport(false)
                    .build());
            if (timed) {
                timingOut.add(c);
                lastTimedStart = System.nanoTime();
            } else {
                toAbort.add(c);
                aborted.add(e);
            }
        }
        // 10 builds whose jobs end at once: their completions block while archiving the report into the
        // build's artifacts, on every I/O thread. (Log archiving stays off: interrupting the OBS SDK while
        // its classes initialise at the end of the test would break them for the rest of this JVM.)
        emulator.defaultScript(JobScript.afterStatusReads(1));
        for (int i = 0; i < 10; i++) {
            waitFor(job("done-" + i), context(), WaitSettings.builder().streamLog(false).archiveLogs(false).build());
        }
        await(() -> archiving.get() >= IO_THREADS);
        assertThat(aborted).allMatch(JobWaitExecution::watching);

        long abortAt = System.nanoTime();
        aborted.forEach(e -> e.stop(new InterruptedException("aborted")));
        for (FakeStepContext c : toAbort) {
            c.awaitFailure(Duration.ofSeconds(5));
        }
        long abortTook = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - abortAt);
        for (FakeStepContext c : timingOut) {
            assertThat(c.awaitFailure(Duration.ofSeconds(5))).hasMessageContaining("did not end within");
        }
        long timeoutsTook = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastTimedStart);

        // Blocked behind the I/O they would not end at all (the archiving holds until the test ends); the slack
        // is for 200 builds polling and tailing logs on a shared 2-core CI machine.
        assertThat(abortTook).as("aborts end within the grace, not behind the blocked I/O").isLessThan(GRACE.toMillis() + SLACK_MILLIS);
        assertThat(timeoutsTook).as("timeouts end on time (after the last timed build started)")
                .isLessThan(timeout.toMillis() + GRACE.toMillis() + SLACK_MILLIS);
        assertThat(archiving.get()).isEqualTo(IO_THREADS);
    }

    @Test
    void aShutdownInterruptsWorkInFlightWithoutFailingTheStepWhichResumesAfterTheRestart() throws Exception {
        emulator.defaultScript(JobScript.afterStatusReads(1));
        FakeStepContext context = context();
        JobWaitExecution execution = waitFor(job("shutdown"), context,
                WaitSettings.builder().streamLog(false).archiveLogs(false).build());
        await(() -> archiving.get() == 1); // the completion is publishing the report
        byte[] programDat = Executions.serialize(execution);

        installed.close(); // Jenkins shuts down: the @Terminator interrupts the work in flight
        Thread.sleep(300);
        assertThat(context.isDone()).as("the step is left for onResume, not failed").isFalse();
        installed = InstalledRuntime.install(runtime); // the extension outlives its @Terminator
        execution.onResume(); // nothing new starts on a runtime that is shutting down
        Thread.sleep(200);
        assertThat(context.isDone()).isFalse();

        release.countDown();
        install(); // the restarted controller
        JobWaitExecution resumed = Executions.restore(programDat, JobWaitExecution.class);
        resumed.onResume();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(Duration.ofSeconds(10));
        assertThat(value).containsEntry("state", "COMPLETED");
        assertThat(context.completions()).isEqualTo(1);
    }
}
