package io.jenkins.plugins.modelarts.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobWaiterTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final ManualClock clock = new ManualClock();
    private final List<Duration> sleeps = new ArrayList<>();
    private final JobWaiter waiter = new JobWaiter(new TrainingJobs(ModelArtsClient.create(transport)), clock, d -> {
        sleeps.add(d);
        clock.advance(d);
    });
    private final WaitOptions every10s = WaitOptions.defaults().withPollInterval(Duration.ofSeconds(10));
    private final List<String> changes = new ArrayList<>();
    private final WaitListener recorder = new WaitListener() {
        @Override
        public void stateChanged(JobSnapshot previous, JobSnapshot current) {
            changes.add(current.statusName());
        }

        @Override
        public void readFailed(ModelArtsException error, int consecutiveFailures) {
            changes.add("failed " + consecutiveFailures);
        }
    };

    @Test
    void pollsUntilTheJobCompletesAndReportsEachChangeOnce() throws Exception {
        transport.v1Status(1).v1Status(8).v1Status(8).v1Status(10);
        JobSnapshot last = waiter.await(JobRef.v1(10, 12), every10s, recorder);
        assertThat(last.state()).isEqualTo(JobState.COMPLETED);
        assertThat(last.durationMillis()).isEqualTo(10_000L);
        assertThat(changes).containsExactly("JOBSTAT_INIT(1)", "JOBSTAT_RUNNING(8)", "JOBSTAT_COMPLETED(10)");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(transport.calls).allSatisfy(call ->
                assertThat(call.describe()).isEqualTo("GET /v1/{project_id}/training-jobs/10/versions/12"));
    }

    @Test
    void failedAndStoppedJobsEndTheWaitWithTheirState() throws Exception {
        transport.v1Status(11);
        assertThat(waiter.await(JobRef.v1(10, 12), every10s, recorder).state()).isEqualTo(JobState.FAILED);
        transport.v1Status(13);
        assertThat(waiter.await(JobRef.v1(10, 12), every10s, recorder).state()).isEqualTo(JobState.STOPPED);
    }

    @Test
    void unknownStatusCodesKeepTheWaitGoing() throws Exception {
        transport.v1Status(0).v1Status(42).v1Status(10);
        assertThat(waiter.await(JobRef.v1(10, 12), every10s, recorder).state()).isEqualTo(JobState.COMPLETED);
        assertThat(changes).containsExactly("JOBSTAT_UNKNOWN(0)", "JOBSTAT_42(42)", "JOBSTAT_COMPLETED(10)");
    }

    @Test
    void transientReadFailuresDoNotEndTheWait() throws Exception {
        transport.v1Status(8)
                .fail(new ApiException(503, "APIGW.0201", "backend unavailable", "r1", "GET x"))
                .fail(new TransportException("reset", new IOException("reset")))
                .v1Status(10);
        assertThat(waiter.await(JobRef.v1(10, 12), every10s, recorder).state()).isEqualTo(JobState.COMPLETED);
        assertThat(changes).containsExactly("JOBSTAT_RUNNING(8)", "failed 1", "failed 2", "JOBSTAT_COMPLETED(10)");
    }

    @Test
    void tooManyFailuresInARowEndTheWaitWithTheLastError() {
        transport.v1Status(8);
        for (int i = 0; i < 5; i++) {
            transport.fail(new ApiException(429, "APIGW.0308", "over ratelimit", "r", "GET x"));
        }
        assertThatThrownBy(() -> waiter.await(JobRef.v1(10, 12), every10s, recorder))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("APIGW.0308");
        assertThat(changes).containsExactly("JOBSTAT_RUNNING(8)", "failed 1", "failed 2", "failed 3", "failed 4");
    }

    @Test
    void aClientErrorEndsTheWaitAtOnce() {
        transport.fail(new ApiException(400, "ModelArts.2775", "job not found", "r", "GET x"));
        assertThatThrownBy(() -> waiter.await(JobRef.v1(10, 12), every10s, recorder))
                .isInstanceOf(ApiException.class);
        assertThat(transport.calls).hasSize(1);
    }

    @Test
    void timeoutStopsTheRemoteJobAndSaysSo() {
        transport.v1Status(8).v1Status(8).v1Status(8).v1Status(8).answer("{\"is_success\":true}");
        WaitOptions options = every10s.withTimeout(Duration.ofSeconds(25));
        assertThatThrownBy(() -> waiter.await(JobRef.v1(10, 12), options, recorder))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                    assertThat(e.stopRequested()).isTrue();
                    assertThat(e.last().statusName()).isEqualTo("JOBSTAT_RUNNING(8)");
                    assertThat(e.getMessage()).contains("Timed out after 25s").contains("asked ModelArts to stop it");
                });
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertThat(transport.calls.get(4).describe())
                .isEqualTo("POST /v1/{project_id}/training-jobs/10/versions/12/stop");
    }

    @Test
    void aStopRefusedAtTheTimeoutBecauseTheJobHadJustCompletedReturnsTheCompletedJob() throws Exception {
        transport.v1Status(8).v1Status(8)
                .fail(new ApiException(400, "ModelArts.0119", "the job has ended and cannot be stopped", "r", "POST stop"))
                .v1Status(10);
        WaitOptions options = every10s.withTimeout(Duration.ofSeconds(10));
        JobSnapshot last = waiter.await(JobRef.v1(10, 12), options, recorder);
        assertThat(last.state()).isEqualTo(JobState.COMPLETED);
        assertThat(changes).containsExactly("JOBSTAT_RUNNING(8)", "JOBSTAT_COMPLETED(10)").noneMatch(c -> c.startsWith("failed"));
    }

    @Test
    void aStopRefusedAtTheTimeoutIsReportedAsARefusedStopNotAFailedRead() {
        List<String> stops = new ArrayList<>();
        WaitListener listener = new WaitListener() {
            @Override
            public void readFailed(ModelArtsException error, int consecutiveFailures) {
                stops.add("read failed");
            }

            @Override
            public void stopFailed(ModelArtsException error) {
                stops.add("stop refused: " + error.getMessage());
            }
        };
        transport.v1Status(8).v1Status(8)
                .fail(new ApiException(403, "ModelArts.0204", "no permission", "r", "POST stop"))
                .v1Status(8);
        WaitOptions options = every10s.withTimeout(Duration.ofSeconds(10));
        assertThatThrownBy(() -> waiter.await(JobRef.v1(10, 12), options, listener))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                    assertThat(e.stopRequested()).isFalse();
                    assertThat(e.getMessage()).contains("the stop was refused").doesNotContain("left running");
                });
        assertThat(stops).singleElement().asString().startsWith("stop refused").contains("no permission");
    }

    @Test
    void timeoutCanLeaveTheJobRunning() {
        transport.v1Status(8).v1Status(8);
        WaitOptions options = every10s.withTimeout(Duration.ofSeconds(10)).withStopOnTimeout(false);
        assertThatThrownBy(() -> waiter.await(JobRef.v1(10, 12), options, recorder))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> assertThat(e.stopRequested()).isFalse());
        assertThat(transport.calls).hasSize(2);
    }

    @Test
    void aV1JobWithoutVersionWaitsOnItsNewestVersion() throws Exception {
        transport.answer("{\"is_success\":true,\"job_id\":10,\"version_count\":2,\"versions\":["
                        + "{\"version_id\":12,\"status\":10},{\"version_id\":15,\"status\":8}]}")
                .v1Status(10);
        waiter.await(JobRef.parse("10", null), every10s, recorder);
        assertThat(transport.calls.get(1).describe()).endsWith("training-jobs/10/versions/15");
    }

    @Test
    void v2JobsAreReadByPhase() throws Exception {
        String id = "3faf5c03-aaa1-4cbe-879d-24b05d997347";
        transport.answer("{\"kind\":\"job\",\"metadata\":{\"id\":\"" + id + "\"},\"status\":{\"phase\":\"Running\"}}")
                .answer("{\"kind\":\"job\",\"metadata\":{\"id\":\"" + id + "\"},\"status\":{\"phase\":\"Abnormal\",\"duration\":5}}");
        JobSnapshot last = waiter.await(JobRef.v2(id), every10s, recorder);
        assertThat(last.state()).isEqualTo(JobState.FAILED);
        assertThat(changes).containsExactly("Running", "Abnormal");
        assertThat(transport.calls.get(0).describe()).isEqualTo("GET /v2/{project_id}/training-jobs/" + id);
    }
}
