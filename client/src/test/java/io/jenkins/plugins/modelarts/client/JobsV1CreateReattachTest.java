package io.jenkins.plugins.modelarts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.CreateOutcomeUnknownException;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JobsV1#create} after an ambiguous failure: re-attach, or resend with backoff within the attempt limit and the deadline. */
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

        CreateResult<CreateTrainingJobResponse> result = jobs.submit(JobsV1Test.request());
        CreateTrainingJobResponse response = result.job();

        assertThat(result.foundByName()).isTrue();
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, DETAIL);
        assertThat(response).isEqualTo(new CreateTrainingJobResponse(true, null, null, 101, "job-1", 1, 1700000000000L, 201L,
                "V0001", "jobres", Map.of()));
    }

    @Test
    void absentJobIsCreatedOnceMoreAfterAServerError() {
        transport.enqueueFailure(serverError()).enqueue(JobsV1Test.jobList(1, "job-10")).enqueue(JobsV1Test.CREATED);

        CreateResult<CreateTrainingJobResponse> result = jobs.submit(JobsV1Test.request());
        CreateTrainingJobResponse response = result.job();

        assertThat(result.foundByName()).as("the resend's answer made the job").isFalse();
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

        CreateResult<CreateTrainingJobResponse> result = jobs.submit(JobsV1Test.request());
        CreateTrainingJobResponse response = result.job();

        assertThat(result.foundByName()).isTrue();
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, CALL, LOOKUP,
                "GET /v1/{project_id}/training-jobs/100/versions/200");
        assertThat(response.jobId()).isEqualTo(100L);
        assertThat(response.versionName()).isEqualTo("V0001");
        assertThat(response.status()).isEqualTo(7);
    }

    @Test
    void theAttemptLimitEndsTheRecoveryWithALastLookupAndTheLastFailure() {
        transport.retryPolicy(RetryPolicy.defaults().newBuilder().maxAttempts(2).jitter(0).build());
        ApiException second = serverError();
        transport.enqueueFailure(serverError()).enqueue(JobsV1Test.jobList(0))
                .enqueueFailure(second).enqueue(JobsV1Test.jobList(0));

        assertThat(catchThrowableOfType(ApiException.class, () -> jobs.create(JobsV1Test.request()))).isSameAs(second);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, CALL, LOOKUP);
        assertThat(transport.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUpToTheAttemptLimitAndMakeOneJob() {
        transport.enqueueFailure(serverError()).enqueue(JobsV1Test.jobList(0))
                .enqueueFailure(serverError()).enqueue(JobsV1Test.jobList(0))
                .enqueue(JobsV1Test.CREATED);

        CreateTrainingJobResponse response = jobs.create(JobsV1Test.request());

        assertThat(response.jobId()).isEqualTo(10L);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, CALL, LOOKUP, CALL);
        assertThat(transport.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterOnTheServerErrorIsHonouredBeforeTheLookup() {
        transport.enqueueFailure(serverError().withRetryAfter(Duration.ofSeconds(7)))
                .enqueue(JobsV1Test.jobList(0)).enqueue(JobsV1Test.CREATED);

        jobs.create(JobsV1Test.request());

        assertThat(transport.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void withOneAttemptAnAbsentJobIsReportedWithoutAResend() {
        transport.retryPolicy(RetryPolicy.none());
        ApiException first = serverError();
        transport.enqueueFailure(first).enqueue(JobsV1Test.jobList(0));

        assertThat(catchThrowableOfType(ApiException.class, () -> jobs.create(JobsV1Test.request()))).isSameAs(first);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "null",
        "[]",
        "[{\"job_id\": 101}]",
        "{}",
        "{\"is_success\": true}",
        "{\"job_id\": \"not a number\", \"version_id\": 201}",
        "{\"job_id\": {\"id\": 101}, \"version_id\": 201}",
        "{\"job_id\": 101}",
        "{\"job_id\": 101, \"version_id\": null}",
        "{\"job_id\": 0, \"version_id\": 201}"
    })
    void anAnswerThatCannotBeUsedIsAmbiguousAndTheJobIsReattached(String answer) {
        transport.enqueue(answer)
                .enqueue(JobsV1Test.jobList(1, "job-1"))
                .enqueue("{\"version_id\": 200, \"version_name\": \"V0001\", \"status\": 1}");

        CreateResult<CreateTrainingJobResponse> result = jobs.submit(JobsV1Test.request());
        CreateTrainingJobResponse response = result.job();

        assertThat(result.foundByName()).as("a 200 that could not be used is not a create's answer").isTrue();
        assertThat(response.jobId()).isEqualTo(100L);
        assertThat(response.versionId()).isEqualTo(200L);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, "GET /v1/{project_id}/training-jobs/100/versions/200");
    }

    @Test
    void aTruncatedAnswerIsAmbiguousAndTheJobIsReattached() {
        transport.enqueueFailure(new ResponseDecodingException("Could not parse the response of " + CALL, null))
                .enqueue(JobsV1Test.jobList(1, "job-1"))
                .enqueue("{\"version_id\": 200, \"status\": 1}");

        assertThat(jobs.create(JobsV1Test.request()).jobId()).isEqualTo(100L);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, "GET /v1/{project_id}/training-jobs/100/versions/200");
    }

    @Test
    void aCreateWithoutAVersionNeedsNoVersionId() {
        CreateTrainingJobRequest request = JobsV1Test.request().newBuilder()
                .config(JobsV1Test.config().createVersion(false).build()).build();
        transport.enqueue("{\"is_success\": true, \"job_id\": 101, \"job_name\": \"job-1\", \"status\": 1}");

        CreateResult<CreateTrainingJobResponse> result = jobs.submit(request);
        assertThat(result.job().jobId()).isEqualTo(101L);
        assertThat(result.foundByName()).isFalse();
        assertThat(transport.describe()).containsExactly(CALL);
    }

    @Test
    void failedLookupPreventsAResendAndNamesTheJobThatMayExist() {
        TransportException original = connectionReset();
        TransportException lookupFailure = connectionReset();
        transport.enqueueFailure(original).enqueueFailure(lookupFailure);

        CreateOutcomeUnknownException thrown = catchThrowableOfType(CreateOutcomeUnknownException.class,
                () -> jobs.create(JobsV1Test.request()));

        assertThat(thrown.jobName()).isEqualTo("job-1");
        assertThat(thrown).hasCause(original).hasMessageContaining("'job-1'").hasMessageContaining("may have succeeded");
        assertThat(thrown.getSuppressed()).containsExactly(lookupFailure);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP);
    }

    @Test
    void noBackoffSleepEndsAfterTheDeadlineAndNoResendFollowsALookupMadeForLackOfTime() {
        ManualTime time = new ManualTime();
        Deadline deadline = Deadline.after(Duration.ofMillis(700), time.clock);
        ModelArtsClient bounded = new ModelArtsClient(new SleepingTransport(transport, time)).withDeadline(deadline);
        ApiException second = serverError();
        transport.enqueueFailure(serverError()).enqueue(JobsV1Test.jobList(0))
                .enqueueFailure(second).enqueue(JobsV1Test.jobList(0));

        assertThat(catchThrowableOfType(ApiException.class, () -> bounded.jobsV1().create(JobsV1Test.request())))
                .isSameAs(second);
        assertThat(transport.describe()).containsExactly(CALL, LOOKUP, CALL, LOOKUP);
        assertThat(transport.sleeps).containsExactly(Duration.ofMillis(500));
        assertThat(time.now).isBefore(deadline.instant());
    }

    @Test
    void aDeadlinePassedBeforeTheLookupLeavesTheOutcomeUnknown() {
        ManualTime time = new ManualTime();
        Deadline deadline = Deadline.after(Duration.ofSeconds(1), time.clock);
        ModelArtsClient bounded = new ModelArtsClient(new SleepingTransport(transport, time)).withDeadline(deadline);
        transport.enqueueFailure(() -> {
            time.now = time.now.plusSeconds(2);
            return new TransportException("ModelArts request " + CALL + " failed after 1 attempt: timeout",
                    new java.io.InterruptedIOException("timeout"));
        });

        CreateOutcomeUnknownException thrown = catchThrowableOfType(CreateOutcomeUnknownException.class,
                () -> bounded.jobsV1().create(JobsV1Test.request()));

        assertThat(thrown.jobName()).isEqualTo("job-1");
        assertThat(transport.describe()).containsExactly(CALL);
        assertThat(transport.sleeps).isEmpty();
    }

    /** A settable clock. */
    static final class ManualTime {
        volatile Instant now = Instant.parse("2024-03-05T07:08:09Z");
        final Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
    }

    /** The recording transport, whose retry sleeps also move a manual clock. */
    record SleepingTransport(RecordingApiTransport delegate, ManualTime time) implements ApiTransport {
        @Override
        public JsonNode execute(ApiRequest request) {
            return delegate.execute(request);
        }

        @Override
        public RetryPolicy retryPolicy() {
            return delegate.retryPolicy();
        }

        @Override
        public Sleeper sleeper() {
            return d -> {
                delegate.sleeps.add(d);
                time.now = time.now.plus(d);
            };
        }

        @Override
        public Random random() {
            return delegate.random();
        }
    }
}
