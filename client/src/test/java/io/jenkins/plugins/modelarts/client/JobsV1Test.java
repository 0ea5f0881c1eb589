package io.jenkins.plugins.modelarts.client;

import static io.jenkins.plugins.modelarts.client.RecordingApiTransport.body;
import static io.jenkins.plugins.modelarts.client.RecordingApiTransport.parse;
import static io.jenkins.plugins.modelarts.client.RecordingApiTransport.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.client.model.TrainingJobList;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import org.junit.jupiter.api.Test;

/** Request shapes and paging of {@link JobsV1}, against a recording transport. */
class JobsV1Test {
    static final String CREATED = """
            {"is_success": true, "job_id": "10", "job_name": "job-1", "status": "1", "create_time": "1524189990635",
             "version_id": "11", "version_name": "V0001", "resource_id": "jobafd08896"}
            """;

    private final RecordingApiTransport transport = new RecordingApiTransport();
    private final JobsV1 jobs = new ModelArtsClient(transport).jobsV1();

    static TrainingJobConfig.Builder config() {
        return TrainingJobConfig.builder().workerServerNum(1).specId(1L).engineId(1L)
                .appUrl("/bucket/src/").bootFileUrl("/bucket/src/train.py").dataUrl("/bucket/data/");
    }

    static CreateTrainingJobRequest request() {
        return CreateTrainingJobRequest.builder().jobName("job-1").jobDesc("nightly").config(config().build()).build();
    }

    @Test
    void createPostsTheRequestOnceAndNotAsIdempotent() {
        transport.enqueue(CREATED);

        CreateTrainingJobResponse created = jobs.create(request());

        ApiRequest sent = transport.only();
        assertThat(sent.family()).isEqualTo(ApiFamily.V1);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.pathSegments()).containsExactly("training-jobs");
        assertThat(sent.idempotent()).isFalse();
        assertThat(body(sent)).isEqualTo(parse("""
                {"job_name": "job-1", "job_desc": "nightly", "config": {"worker_server_num": 1, "app_url": "/bucket/src/",
                 "boot_file_url": "/bucket/src/train.py", "data_url": "/bucket/data/", "spec_id": 1, "engine_id": 1}}
                """));
        assertThat(created.jobId()).isEqualTo(10L);
        assertThat(created.versionId()).isEqualTo(11L);
    }

    @Test
    void createRefusesAnInvalidRequestWithoutSendingAnything() {
        CreateTrainingJobRequest invalid = new CreateTrainingJobRequest("job 1", null, null, config().poolId("p").build());

        RequestValidationException e = catchThrowableOfType(RequestValidationException.class, () -> jobs.create(invalid));

        assertThat(e.problems()).hasSize(2);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void createReportsADecodingFailureNamingTheCallWhenNoJobOfThatNameExists() {
        transport.retryPolicy(RetryPolicy.none()).enqueue("{\"job_id\": \"ten\"}").enqueue(jobList(0));

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, () -> jobs.create(request()));

        assertThat(e.getMessage()).startsWith("Cannot read the answer to POST /v1/{project_id}/training-jobs as CreateTrainingJobResponse");
    }

    @Test
    void createFromConfigCopiesRequestFieldsAppliesOverridesAndCreates() {
        transport.enqueue("""
                {"is_success": true, "config_name": "cfg", "worker_server_num": 2, "app_url": "/bucket/src/",
                 "boot_file_url": "/bucket/src/train.py", "data_url": "/bucket/data/", "spec_id": 3, "engine_id": 1,
                 "engine_name": "PyTorch", "spec_code": "modelarts.vm.cpu.2u", "create_time": 1}
                """).enqueue(CREATED);

        jobs.createFromConfig("job-1", "from cfg", "cfg", c -> c.newBuilder().trainUrl("/bucket/out/").build());

        assertThat(transport.describe()).containsExactly(
                "GET /v1/{project_id}/training-job-configs/cfg", "POST /v1/{project_id}/training-jobs");
        assertThat(body(transport.request(1))).isEqualTo(parse("""
                {"job_name": "job-1", "job_desc": "from cfg", "config": {"worker_server_num": 2, "app_url": "/bucket/src/",
                 "boot_file_url": "/bucket/src/train.py", "data_url": "/bucket/data/", "spec_id": 3, "engine_id": 1,
                 "train_url": "/bucket/out/"}}
                """));
    }

    @Test
    void createFromConfigChecksNamesBeforeReadingTheConfiguration() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
                () -> jobs.createFromConfig("bad name", null, "bad/config"));

        assertThat(e.problems()).hasSize(2);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void createVersionPutsThePreviousVersionInsideConfig() {
        transport.enqueue(CREATED);

        jobs.createVersion(10, config().build(), "retry", 11);

        ApiRequest sent = transport.only();
        assertThat(RecordingApiTransport.line(sent)).isEqualTo("POST /v1/{project_id}/training-jobs/10/versions");
        assertThat(sent.idempotent()).isFalse();
        assertThat(body(sent).path("job_desc").asText()).isEqualTo("retry");
        assertThat(body(sent).path("config").path("pre_version_id").asLong()).isEqualTo(11L);
        assertThat(body(sent).path("config").path("spec_id").asLong()).isEqualTo(1L);
    }

    @Test
    void createVersionChecksEverythingFirst() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
                () -> jobs.createVersion(0, config().specId(null).build(), null, -1));

        assertThat(e.problems()).containsExactly("job_id is 0: expected a positive id", "pre_version_id is -1: expected a positive id",
                "config: neither spec_id nor pool_id is set: set spec_id for the public pool or pool_id for a dedicated pool");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void listSendsEveryQueryParameterWithCamelCaseSortBy() {
        transport.enqueue("""
                {"is_success": true, "job_total_count": 1, "job_count_limit": 100, "quotas": 5,
                 "jobs": [{"job_id": 10, "job_name": "job-1", "version_id": 11, "status": 8, "create_time": 1,
                           "duration": 2000, "job_desc": "d", "version_count": 1}]}
                """);

        TrainingJobList list = jobs.list(ListTrainingJobsQuery.builder().status(8).perPage(50).page(2).sortBy("create_time")
                .order("desc").searchContent("job").workspaceId("0").build());

        ApiRequest sent = transport.only();
        assertThat(sent.describe()).isEqualTo("GET /v1/{project_id}/training-jobs");
        assertThat(query(sent)).containsExactly(entry("status", "8"), entry("per_page", "50"), entry("page", "2"),
                entry("sortBy", "create_time"), entry("order", "desc"), entry("search_content", "job"), entry("workspace_id", "0"));
        assertThat(list.jobCountLimit()).isEqualTo(100L);
        assertThat(list.quotas()).isEqualTo(5L);
        assertThat(list.jobs().get(0).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void listWithDefaultsSendsNoQuery() {
        transport.enqueue("{\"is_success\": true, \"job_total_count\": 0, \"jobs\": []}");

        jobs.list(ListTrainingJobsQuery.defaults());

        assertThat(transport.only().query()).isEmpty();
    }

    @Test
    void findByNameKeepsOnlyTheExactMatchAcrossPages() {
        transport.enqueue(jobList(250, "job-1-old", "job-10")).enqueue(jobList(250, "xjob-1", "job-1"));

        assertThat(jobs.findByName("job-1")).hasValueSatisfying(job -> assertThat(job.jobName()).isEqualTo("job-1"));

        assertThat(transport.describe()).containsExactly(
                "GET /v1/{project_id}/training-jobs?per_page=100&page=1&search_content=job-1",
                "GET /v1/{project_id}/training-jobs?per_page=100&page=2&search_content=job-1");
    }

    @Test
    void findByNameStopsAtAnEmptyPage() {
        transport.enqueue(jobList(500, "job-10")).enqueue(jobList(500));

        assertThat(jobs.findByName("job-1", "ws")).isEmpty();

        assertThat(query(transport.request(1))).containsEntry("workspace_id", "ws").containsEntry("page", "2");
        assertThat(transport.requests()).hasSize(2);
    }

    static String jobList(long total, String... names) {
        StringBuilder jobs = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            jobs.append(i == 0 ? "" : ",").append("{\"job_id\": ").append(100 + i).append(", \"job_name\": \"").append(names[i])
                    .append("\", \"version_id\": ").append(200 + i).append(", \"status\": 8, \"create_time\": 1700000000000}");
        }
        return "{\"is_success\": true, \"job_total_count\": " + total + ", \"jobs\": [" + jobs + "]}";
    }

    static String versionPage(long count, int size, long firstId) {
        StringBuilder versions = new StringBuilder();
        for (int i = 0; i < size; i++) {
            versions.append(i == 0 ? "" : ",").append("{\"version_id\": ").append(firstId + i).append(", \"status\": 10}");
        }
        return "{\"is_success\": true, \"job_id\": 10, \"version_count\": " + count + ", \"versions\": [" + versions + "]}";
    }
}
