package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobLogFilterTest {
    @Test
    void aV2JobsLogsAreTheNamesCarryingItsId() throws Exception {
        TrainingJob job = Json.mapper().readValue(
                "{\"kind\":\"job\",\"metadata\":{\"id\":\"3FAF5C03-aaa1-4cbe-879d-24b05d997347\",\"name\":\"a\"}}", TrainingJob.class);
        JobLogFilter filter = JobLogFilter.of(job, List.of());
        assertThat(filter.accepts()).accepts("modelarts-job-3faf5c03-aaa1-4cbe-879d-24b05d997347-worker-0.log",
                "modelarts-job-3faf5c03-aaa1-4cbe-879d-24b05d997347-ma-platform-init-worker-1-10.0.0.2-3.log")
                .rejects("modelarts-job-0b6a4f2e-5b1d-4d8e-9a4c-1f2e3d4c5b6a-worker-0.log", "train.log");
        assertThat(filter.description()).isEqualTo("names containing the job id 3faf5c03-aaa1-4cbe-879d-24b05d997347");
    }

    @Test
    void aV1VersionsLogsAreItsPatternOrTheFileNamesTheApiListed() throws Exception {
        TrainingJobVersion version = Json.mapper().readValue(
                "{\"job_id\":1,\"version_id\":2,\"version_name\":\"V0002\",\"job_name\":\"resnet\"}", TrainingJobVersion.class);
        JobLogFilter filter = JobLogFilter.of(version, List.of("resnet.0"));
        assertThat(filter.accepts()).accepts("modelarts-job-1-V0002-worker-0.log", "resnet.0", "resnet.0.gz")
                .rejects("modelarts-job-1-V0001-worker-0.log", "modelarts-job-10-V0002-worker-0.log", "resnet.1");
        assertThat(filter.description()).isEqualTo("names starting with modelarts-job-1-V0002- or resnet.0");
    }

    @Test
    void withoutAJobEveryObjectIsAccepted() {
        assertThat(JobLogFilter.of(null, List.of())).isSameAs(JobLogFilter.EVERY_OBJECT);
    }

    @Test
    void forAJobByReferenceV1ReadsTheListedFileNamesAndV2NeedsNoCall() {
        List<String> calls = new java.util.ArrayList<>();
        ModelArtsClient client = ModelArtsClient.create(request -> {
            calls.add(request.describe());
            return Json.mapper().createObjectNode().put("is_success", true).set("log_file_list",
                    Json.mapper().createArrayNode().add("resnet.0"));
        });
        JobLogFilter v1 = JobLogFilter.forJob(client, JobRef.v1(1, 2), "V0002");
        assertThat(v1.accepts()).accepts("modelarts-job-1-V0002-worker-0.log", "resnet.0").rejects("modelarts-job-1-V0001-x");
        assertThat(calls).singleElement().satisfies(c -> assertThat(c).endsWith("training-jobs/1/versions/2/log/file-names"));

        JobLogFilter v2 = JobLogFilter.forJob(client, JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347"), null);
        assertThat(v2.description()).isEqualTo("names containing the job id 3faf5c03-aaa1-4cbe-879d-24b05d997347");
        assertThat(calls).hasSize(1);
    }

    @Test
    void whenTheFileNamesCannotBeReadTheV1PatternStillApplies() {
        ModelArtsClient failing = ModelArtsClient.create(request -> {
            throw new ApiException(500, "ModelArts.0001", "down", null, "test");
        });
        JobLogFilter filter = JobLogFilter.forJob(failing, JobRef.v1(1, 2), "V0002");
        assertThat(filter.description()).isEqualTo("names starting with modelarts-job-1-V0002-");
        assertThat(JobLogFilter.forJob(failing, JobRef.v1(1, 2), null)).isSameAs(JobLogFilter.EVERY_OBJECT);
    }
}
