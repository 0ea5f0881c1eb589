package io.jenkins.plugins.modelarts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.LogLines;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions, stop, delete and logs of {@link JobsV1}, against a recording transport. */
class JobsV1VersionsTest {
    private final RecordingApiTransport transport = new RecordingApiTransport();
    private final JobsV1 jobs = new ModelArtsClient(transport).jobsV1();

    @Test
    void versionsSendsPageAndPerPage() {
        transport.enqueue("{\"is_success\": true, \"job_id\": 10, \"version_count\": 0, \"versions\": []}");

        jobs.versions(10, 1, 5);

        assertThat(RecordingApiTransport.line(transport.only()))
                .isEqualTo("GET /v1/{project_id}/training-jobs/10/versions?per_page=5&page=1");
    }

    @Test
    void allVersionsPagesUntilTheVersionCountIsReached() {
        transport.enqueue(JobsV1Test.versionPage(250, 100, 1)).enqueue(JobsV1Test.versionPage(250, 100, 101)).enqueue(JobsV1Test.versionPage(250, 50, 201));

        List<TrainingJobVersion> versions = jobs.allVersions(10);

        assertThat(versions).hasSize(250);
        assertThat(versions.get(249).versionId()).isEqualTo(250L);
        assertThat(transport.describe()).containsExactly(
                "GET /v1/{project_id}/training-jobs/10/versions?per_page=100&page=1",
                "GET /v1/{project_id}/training-jobs/10/versions?per_page=100&page=2",
                "GET /v1/{project_id}/training-jobs/10/versions?per_page=100&page=3");
    }

    @Test
    void versionListKeepsTheListsTopLevelFieldsWithEveryPagesVersions() {
        transport.enqueue(JobsV1Test.versionPage(150, 100, 1).replace("\"versions\"",
                        "\"job_name\": \"resnet\", \"job_desc\": \"nightly\", \"versions\""))
                .enqueue(JobsV1Test.versionPage(150, 50, 101));

        io.jenkins.plugins.modelarts.client.model.TrainingJobVersionList list = jobs.versionList(10);

        assertThat(list.jobName()).isEqualTo("resnet");
        assertThat(list.jobDesc()).isEqualTo("nightly");
        assertThat(list.versionCount()).isEqualTo(150L);
        assertThat(list.versions()).hasSize(150);
    }

    @Test
    void allVersionsStopsAtAnEmptyPageEvenIfTheCountSaysMore() {
        transport.enqueue(JobsV1Test.versionPage(300, 100, 1)).enqueue(JobsV1Test.versionPage(300, 0, 0));

        assertThat(jobs.allVersions(10)).hasSize(100);
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void allVersionsKeepsReadingWhenTheServerLowersThePageSize() {
        transport.enqueue(JobsV1Test.versionPage(15, 10, 1)).enqueue(JobsV1Test.versionPage(15, 5, 11));

        assertThat(jobs.allVersions(10)).hasSize(15);
    }

    @Test
    void versionReadsTheDetail() {
        transport.enqueue("{\"is_success\": true, \"version_id\": 11, \"status\": 10, \"system_metric_list\": {\"cpuUsage\": [\"1\"]}}");

        TrainingJobVersion version = jobs.version(10, 11);

        assertThat(transport.only().describe()).isEqualTo("GET /v1/{project_id}/training-jobs/10/versions/11");
        assertThat(version.systemMetricList().path("cpuUsage").get(0).asText()).isEqualTo("1");
    }

    @Test
    void stopPostsWithoutABodyAsIdempotent() {
        transport.enqueue("{\"is_success\": true}");

        jobs.stop(10, 11);

        ApiRequest sent = transport.only();
        assertThat(sent.describe()).isEqualTo("POST /v1/{project_id}/training-jobs/10/versions/11/stop");
        assertThat(sent.body()).isNull();
        assertThat(sent.idempotent()).isTrue();
    }

    @Test
    void deletesAJobOrOneVersion() {
        transport.enqueue("{\"is_success\": true}").enqueue("{\"is_success\": true}");

        jobs.delete(10);
        jobs.deleteVersion(10, 11);

        assertThat(transport.describe()).containsExactly(
                "DELETE /v1/{project_id}/training-jobs/10", "DELETE /v1/{project_id}/training-jobs/10/versions/11");
    }

    @Test
    void readsLogFileNamesAndLogLines() {
        transport.enqueue("{\"is_success\": true, \"log_file_list\": [\"job.0\"]}")
                .enqueue("{\"is_success\": true, \"start_line\": 1551252759254000002, \"end_line\": \"1551252759254000003\","
                        + " \"lines\": \"1\", \"content\": \"hello\"}");

        assertThat(jobs.logFileNames(10, 11).logFileList()).containsExactly("job.0");
        LogLines lines = jobs.logLines(10, 11, "job.0", 100, "1551252759254000001", "desc");

        assertThat(transport.describe()).containsExactly(
                "GET /v1/{project_id}/training-jobs/10/versions/11/log/file-names",
                "GET /v1/{project_id}/training-jobs/10/versions/11/aom-log?log_file=job.0&lines=100&base_line=1551252759254000001&order=desc");
        assertThat(lines.startLine()).isEqualTo("1551252759254000002");
    }

    @Test
    void logLinesRefusesBadArgumentsWithoutSending() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
                () -> jobs.logLines(0, 11, " ", 501, null, "newest"));

        assertThat(e.problems()).containsExactly("job_id is 0: expected a positive id", "log_file is required",
                "lines is 501: expected 0-500", "order 'newest' is not valid: expected asc or desc");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void nonPositiveIdsAreRefusedBeforeSending() {
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> jobs.version(10, 0)).problems())
                .containsExactly("version_id is 0: expected a positive id");
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> jobs.stop(-1, 1)).problems())
                .containsExactly("job_id is -1: expected a positive id");
        assertThat(transport.requests()).isEmpty();
    }
}
