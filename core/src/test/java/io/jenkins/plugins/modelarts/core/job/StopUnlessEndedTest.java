package io.jenkins.plugins.modelarts.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import org.junit.jupiter.api.Test;

/** The one decision behind {@code modelartsStopJob} and {@code modelarts stop}: an ended job is not an error. */
class StopUnlessEndedTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final TrainingJobs jobs = new TrainingJobs(ModelArtsClient.create(transport));

    @Test
    void aRunningJobIsAskedToStopAndReadAgain() {
        transport.v1Status(8).answer("{\"is_success\":true}").v1Status(9);
        StopOutcome outcome = jobs.stopUnlessEnded(JobRef.v1(10, 12));
        assertThat(outcome.alreadyEnded()).isFalse();
        assertThat(outcome.job().statusName()).isEqualTo("JOBSTAT_KILLING(9)");
        assertThat(outcome.describe()).isEqualTo("Asked ModelArts to stop job 10 version 12 (now JOBSTAT_KILLING(9))");
        assertThat(transport.calls).extracting(ApiRequest::describe)
                .contains("POST /v1/{project_id}/training-jobs/10/versions/12/stop");
    }

    @Test
    void aJobThatHadEndedIsNotStoppedAtAll() {
        transport.v1Status(10);
        StopOutcome outcome = jobs.stopUnlessEnded(JobRef.v1(10, 12));
        assertThat(outcome.alreadyEnded()).isTrue();
        assertThat(outcome.describe()).isEqualTo("job 10 version 12 had already ended (JOBSTAT_COMPLETED(10)): nothing to stop");
        assertThat(transport.calls).hasSize(1);
    }

    @Test
    void aStopRefusedBecauseTheJobEndedMeanwhileIsAlreadyEnded() {
        transport.v1Status(8)
                .fail(new ApiException(400, "ModelArts.0105", "This job can't be stop. job status: 10", "r", "POST stop"))
                .v1Status(10);
        StopOutcome outcome = jobs.stopUnlessEnded(JobRef.v1(10, 12));
        assertThat(outcome.alreadyEnded()).isTrue();
        assertThat(outcome.job().statusName()).isEqualTo("JOBSTAT_COMPLETED(10)");
    }

    @Test
    void aStopRefusedWhileTheJobStillRunsIsTheRefusal() {
        ApiException refused = new ApiException(403, "ModelArts.0108", "not allowed", "r", "POST stop");
        transport.v1Status(8).fail(refused).v1Status(8);
        assertThatThrownBy(() -> jobs.stopUnlessEnded(JobRef.v1(10, 12))).isSameAs(refused);
    }
}
