package io.jenkins.plugins.modelarts.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSummary;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client's retries, re-attach and error reporting against the emulator's injected faults. */
class FaultsIT {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private ModelArtsEmulator emulator;
    private final ListTrainingJobsQuery anyJobs = ListTrainingJobsQuery.builder().build();

    @BeforeEach
    void setUp() {
        emulator = EMULATOR.emulator();
    }

    @Test
    void throttledCallsWaitTheServersRetryAfterThenSucceed() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        RetryPolicy honoursFiveSeconds = Clients.quickRetries(4).newBuilder().maxRetryAfter(Duration.ofSeconds(5)).build();
        ModelArtsClient client = Clients.akSk(emulator, honoursFiveSeconds, waits::add);
        client.jobsV1().create(TrainingFlowIT.request("it-throttled"));
        emulator.journal().clear();
        emulator.faults().throttle(2, Duration.ofSeconds(2));
        assertThat(client.jobsV1().list(anyJobs).jobs()).extracting(TrainingJobSummary::jobName).contains("it-throttled");
        assertThat(emulator.journal().size()).isEqualTo(3);
        assertThat(waits).as("the Retry-After of 2 s, not the 1 ms backoff").containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsIsCutToItsMaximum() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        ModelArtsClient client = Clients.akSk(emulator, Clients.quickRetries(4), waits::add);
        emulator.faults().throttle(1, Duration.ofSeconds(30));
        client.jobsV1().list(anyJobs);
        assertThat(waits).containsExactly(Duration.ofMillis(50));
    }

    @Test
    void aBurstOfServerErrorsLongerThanTheRetriesIsReportedWithTheVendorCode() {
        ModelArtsClient client = Clients.akSk(emulator, Clients.quickRetries(3));
        emulator.faults().serverErrors(5, 503);
        assertThatThrownBy(() -> client.jobsV1().list(anyJobs))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
        assertThat(emulator.journal().size()).isEqualTo(3);
    }

    @Test
    void droppedConnectionsAreRetriedForReads() {
        ModelArtsClient client = Clients.akSk(emulator, Clients.quickRetries(4));
        client.jobsV1().create(TrainingFlowIT.request("it-dropped"));
        emulator.journal().clear();
        emulator.faults().dropConnections(2);
        assertThat(client.jobsV1().list(anyJobs).jobs()).extracting(TrainingJobSummary::jobName).contains("it-dropped");
        assertThat(emulator.journal().size()).as("two dropped, the third answered").isEqualTo(3);
    }

    @Test
    void droppedConnectionsOnEveryAttemptBecomeATransportError() {
        ModelArtsClient client = Clients.akSk(emulator, Clients.quickRetries(2));
        emulator.faults().dropConnections(10);
        assertThatThrownBy(() -> client.jobsV1().list(anyJobs))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("after 2 attempts");
    }

    @Test
    void aCreateWhoseAnswerIsLostIsReattachedNotDuplicated() {
        ModelArtsClient client = Clients.akSk(emulator, Clients.quickRetries(3));
        emulator.faults().serverErrorsAfterProcessing(1, 502);
        CreateTrainingJobResponse created = client.jobsV1().create(TrainingFlowIT.request("it-lost-answer"));
        assertThat(created.jobName()).isEqualTo("it-lost-answer");
        ListTrainingJobsQuery byName = ListTrainingJobsQuery.builder().searchContent("it-lost-answer").build();
        assertThat(client.jobsV1().list(byName).jobs()).hasSize(1);
    }

    @Test
    void aMalformedAnswerIsAClearDecodingError() {
        ModelArtsClient client = Clients.akSk(emulator, Clients.quickRetries(1));
        emulator.faults().malformedResponses(1);
        assertThatThrownBy(() -> client.jobsV1().list(anyJobs))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("GET /v1/{project_id}/training-jobs");
    }

    @Test
    void expiredIamTokensAreRenewedTransparently() {
        ModelArtsClient client = Clients.iam(emulator, Clients.quickRetries(3));
        client.jobsV1().create(TrainingFlowIT.request("it-iam-renewed"));
        assertThat(emulator.journal().count("POST", "/v3/auth/tokens")).isEqualTo(1);
        emulator.faults().expireTokens();
        assertThat(client.jobsV1().list(anyJobs).jobs()).extracting(TrainingJobSummary::jobName).contains("it-iam-renewed");
        assertThat(emulator.journal().count("POST", "/v3/auth/tokens")).as("a new token after the expiry").isEqualTo(2);
    }

    @Test
    void aWrongSecretKeyIsRefusedAndTheSecretIsNowhereInTheError() {
        ModelArtsClient client = ModelArtsClient.builder()
                .endpoint(emulator.baseUrl())
                .projectId(emulator.projectId())
                .credentials(io.jenkins.plugins.modelarts.client.auth.AkSkCredentials.of(emulator.accessKey(), "wrong-secret-123"))
                .retryPolicy(Clients.quickRetries(1))
                .build();
        assertThatThrownBy(() -> client.jobsV1().list(anyJobs))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.errorCode()).isEqualTo("APIGW.0301");
                    assertThat(e.toString()).doesNotContain("wrong-secret-123");
                });
    }
}
