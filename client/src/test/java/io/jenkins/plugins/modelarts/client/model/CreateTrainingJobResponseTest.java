package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seed-000 sample responses, verbatim: numbers arrive as strings. */
class CreateTrainingJobResponseTest {

    @Test
    void successSampleReadsNumbersSentAsStrings() {
        CreateTrainingJobResponse response = Fixtures.read(getClass(), "success", CreateTrainingJobResponse.class);

        assertThat(response.isSuccess()).isTrue();
        assertThat(response.jobId()).isEqualTo(10L);
        assertThat(response.jobName()).isEqualTo("TestModelArtsJob");
        assertThat(response.status()).isEqualTo(1);
        assertThat(response.v1Status().name()).isEqualTo("JOBSTAT_INIT");
        assertThat(response.state()).isEqualTo(JobState.PENDING);
        assertThat(response.createTime()).isEqualTo(1524189990635L);
        assertThat(response.versionId()).isEqualTo(10L);
        assertThat(response.versionName()).isEqualTo("V0001");
        assertThat(response.resourceId()).isEqualTo("jobafd08896");
        assertThat(response.errorCode()).isNull();
        assertThat(response.unknownFields()).isEmpty();
    }

    @Test
    void failedSampleReadsTheErrorFields() {
        CreateTrainingJobResponse response = Fixtures.read(getClass(), "failure", CreateTrainingJobResponse.class);

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorCode()).isEqualTo("ModelArts.0103");
        assertThat(response.errorMessage()).isEqualTo("Job name:TestModelArtsJob is existed");
        assertThat(response.versionId()).isNull();
    }

    @Test
    void printsBackWithNumbersAndWithoutAbsentFields() {
        CreateTrainingJobResponse response = Fixtures.read(getClass(), "success", CreateTrainingJobResponse.class);

        assertThat(Fixtures.tree(response)).isEqualTo(Fixtures.parse("""
                {"is_success": true, "job_id": 10, "job_name": "TestModelArtsJob", "status": 1,
                 "create_time": 1524189990635, "version_id": 10, "version_name": "V0001", "resource_id": "jobafd08896"}
                """));
    }
}
