package io.jenkins.plugins.modelarts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JobsV1#create} after an ambiguous failure: re-attach, or resend exactly once. */
class JobsV1CreateReattachTest {
    private static final String CALL = "POST /v1/{project_id}/training-jobs";
    private static final String LOOKUP = "GET /v1/{project_id}/training-jobs?per_page=100&page=1&search_content=job-1";
    private static final String DETAIL = "GET /v1/{project_id}/training-jobs/101/versions/201";

    private final RecordingApiTransport transport = new RecordingApiTransport();
    private final JobsV1 jobs = new ModelArtsClient(transport).jobsV1();

    static TransportException connectionReset() {
        return new TransportException("ModelArts request " + CALL + " failed after 1 attempt", new IOException("connection reset"));
    }

    static ApiException serverError() {
        return new ApiException(503, "APIGW.0201", "backend unavailable", "req-1", CALL);
    }

    static ApiException duplicateName() {
        return new ApiException(400, "ModelArts.0103", "Job name:job-1 is existed", "req-2", CALL);
    }

    @Test
    void existingJobIsReattachedAfterATransportFailureWithoutASecondCreate() {
        transport.enqueueFailure(connectionReset())
                .enqueue(JobsV1Test.jobList(2, "job-1-old", "job-1"))
                .enqueue("{\"is_success\": true, \"version_id\": 201, \"version_name\": \"V0001\", \"status\": 1,"
                        + " \"resource_id\": \"jobres\"}");

        CreateTrainingJobResponse response = jobs.create(JobsV1Test.request());

        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, DETAIL);
        assertThat(response).isEqualTo(new CreateTrainingJobResponse(true, null, null, 101, "job-1", 1, 1700000000000L, 201L,
                "V0001", "jobres", Map.of()));
    }

    @Test
    void absentJobIsCreatedOnceMoreAfterAServerError() {
        transport.enqueueFailure(serverError()).enqueue(JobsV1Test.jobList(1, "job-10")).enqueue(JobsV1Test.CREATED);

        CreateTrainingJobResponse response = jobs.create(JobsV1Test.request());

        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, CALL);
        assertThat(transport.request(2).idempotent()).isFalse();
        assertThat(response.jobId()).isEqualTo(10L);
    }

    @Test
    void duplicateNameOnTheResendMeansTheFirstCreateLandedAndIsReattached() {
        transport.enqueueFailure(serverError())
                .enqueue(JobsV1Test.jobList(0))
                .enqueueFailure(duplicateName())
                .enqueue(JobsV1Test.jobList(1, "job-1"))
                .enqueue("{\"version_id\": 200, \"version_name\": \"V0001\", \"status\": 7}");

        CreateTrainingJobResponse response = jobs.create(JobsV1Test.request());

        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, CALL, LOOKUP,
                "GET /v1/{project_id}/training-jobs/100/versions/200");
        assertThat(response.jobId()).isEqualTo(100L);
        assertThat(response.versionName()).isEqualTo("V0001");
        assertThat(response.status()).isEqualTo(7);
    }

    @Test
    void secondFailureOfTheResendIsReportedAndNotRetriedAgain() {
        ApiException second = serverError();
        transport.enqueueFailure(serverError()).enqueue(JobsV1Test.jobList(0)).enqueueFailure(second);

        assertThat(catchThrowableOfType(ApiException.class, () -> jobs.create(JobsV1Test.request()))).isSameAs(second);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, CALL);
    }

    @Test
    void failedLookupPreventsAResendAndReportsTheOriginalFailure() {
        TransportException original = connectionReset();
        TransportException lookupFailure = connectionReset();
        transport.enqueueFailure(original).enqueueFailure(lookupFailure);

        TransportException thrown = catchThrowableOfType(TransportException.class, () -> jobs.create(JobsV1Test.request()));

        assertThat(thrown).isSameAs(original);
        assertThat(thrown.getSuppressed()).containsExactly(lookupFailure);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP);
    }

    @Test
    void duplicateNameOnTheFirstSendIsReportedAsIs() {
        ApiException duplicate = duplicateName();
        transport.enqueueFailure(duplicate);

        assertThat(catchThrowableOfType(ApiException.class, () -> jobs.create(JobsV1Test.request()))).isSameAs(duplicate);
        assertThat(transport.describe()).containsExactly(CALL);
    }

    @Test
    void clientErrorsAreNotAmbiguous() {
        transport.enqueueFailure(new ApiException(400, "ModelArts.0101", "invalid argument", null, CALL));

        catchThrowableOfType(ApiException.class, () -> jobs.create(JobsV1Test.request()));

        assertThat(transport.describe()).containsExactly(CALL);
    }

    @Test
    void reattachedJobWithoutAReadableVersionDetailStillReturnsTheJob() {
        transport.enqueueFailure(connectionReset())
                .enqueue(JobsV1Test.jobList(1, "job-1"))
                .enqueueFailure(serverError());

        CreateTrainingJobResponse response = jobs.create(JobsV1Test.request());

        assertThat(response.jobId()).isEqualTo(100L);
        assertThat(response.versionId()).isEqualTo(200L);
        assertThat(response.versionName()).isNull();
        assertThat(response.status()).isEqualTo(8);
    }
}
