package io.jenkins.plugins.modelarts.client;

import static io.jenkins.plugins.modelarts.client.RecordingApiTransport.body;
import static io.jenkins.plugins.modelarts.client.RecordingApiTransport.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.LogPreview;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest.Filter;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSearchResult;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request shapes, paging and create re-attach of {@link JobsV2}, against a recording transport. */
class JobsV2Test {
    private static final String CREATE = "POST /v2/{project_id}/training-jobs";
    private static final String SEARCH = "POST /v2/{project_id}/training-job-searches";
    static final String SPEC = """
            {"kind": "job", "metadata": {"name": "job-1"},
             "algorithm": {"code_dir": "/bucket/src/", "boot_file": "/bucket/src/train.py",
                           "engine": {"engine_id": "pytorch-cp36-1.4.0-v2"}},
             "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1}}}
            """;
    static final String JOB = "{\"kind\": \"job\", \"metadata\": {\"id\": \"uuid-1\", \"name\": \"job-1\"},"
            + " \"status\": {\"phase\": \"Creating\", \"tasks\": [\"worker-0\"]}}";

    private final RecordingApiTransport transport = new RecordingApiTransport();
    private final JobsV2 jobs = new ModelArtsClient(transport).jobsV2();

    @Test
    void createSendsTheSpecUnchangedAndNotAsIdempotent() {
        transport.enqueue(JOB);

        TrainingJob job = jobs.create(parse(SPEC));

        ApiRequest sent = transport.only();
        assertThat(sent.describe()).isEqualTo(CREATE);
        assertThat(sent.idempotent()).isFalse();
        assertThat(body(sent)).isEqualTo(parse(SPEC));
        assertThat(job.id()).isEqualTo("uuid-1");
    }

    @Test
    void createRefusesAnInvalidSpecWithoutSendingAnything() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
                () -> jobs.create(parse("{\"metadata\": {\"name\": \"a b\"}}")));

        assertThat(e.problems()).hasSize(3);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void existingJobIsReattachedAfterAnAmbiguousFailure() {
        transport.enqueueFailure(new TransportException("reset", new IOException("reset")))
                .enqueue(searchResult(2, job("uuid-0", "job-1-old"), job("uuid-1", "job-1")));

        TrainingJob job = jobs.create(parse(SPEC));

        assertThat(job.id()).isEqualTo("uuid-1");
        assertThat(transport.describe()).containsExactly(CREATE, SEARCH);
        assertThat(body(transport.request(1))).isEqualTo(parse("""
                {"offset": 0, "limit": 50, "filters": [{"key": "name", "operator": "like", "value": ["job-1"]}]}
                """));
    }

    @Test
    void absentJobIsCreatedOnceMoreAndADuplicateOnTheResendReattaches() {
        transport.enqueueFailure(new ApiException(502, null, "bad gateway", null, CREATE))
                .enqueue(searchResult(0))
                .enqueueFailure(new ApiException(400, "ModelArts.2751", "DuplicateTrainingJobName", null, CREATE))
                .enqueue(searchResult(1, job("uuid-1", "job-1")));

        TrainingJob job = jobs.create(parse(SPEC));

        assertThat(job.id()).isEqualTo("uuid-1");
        assertThat(transport.describe()).containsExactly(CREATE, SEARCH, CREATE, SEARCH);
    }

    @Test
    void getReadsTheJob() {
        transport.enqueue(JOB);

        assertThat(jobs.get("uuid-1").status().tasks()).containsExactly("worker-0");
        assertThat(transport.only().describe()).isEqualTo("GET /v2/{project_id}/training-jobs/uuid-1");
    }

    @Test
    void searchPostsTheRequestAsIdempotent() {
        transport.enqueue(searchResult(0));

        jobs.search(SearchTrainingJobsRequest.builder().limit(10).filter(Filter.in("phase", "Running")).build());

        ApiRequest sent = transport.only();
        assertThat(sent.describe()).isEqualTo(SEARCH);
        assertThat(sent.idempotent()).isTrue();
        assertThat(body(sent)).isEqualTo(parse("{\"limit\": 10, \"filters\": [{\"key\": \"phase\", \"operator\": \"in\", \"value\": [\"Running\"]}]}"));
    }

    @Test
    void searchAllReadsPagesOf50UntilAShortPage() {
        transport.enqueue(page(120, 50, 0)).enqueue(page(120, 50, 50)).enqueue(page(120, 20, 100));

        List<TrainingJob> all = jobs.searchAll(SearchTrainingJobsRequest.builder().limit(5).offset(7).order("asc").build());

        assertThat(all).hasSize(120);
        assertThat(all.get(119).id()).isEqualTo("uuid-119");
        assertThat(transport.requests()).extracting(r -> body(r).path("offset").asInt() + "/" + body(r).path("limit").asInt()
                + "/" + body(r).path("order").asText()).containsExactly("0/50/asc", "1/50/asc", "2/50/asc");
    }

    @Test
    void searchAllStopsWhenCountIsReached() {
        transport.enqueue(page(100, 50, 0)).enqueue(page(100, 50, 50));

        assertThat(jobs.searchAll(SearchTrainingJobsRequest.builder().build())).hasSize(100);
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void searchAllStopsAtTheRequestedMaximum() {
        transport.enqueue(page(500, 50, 0)).enqueue(page(500, 50, 50));

        assertThat(jobs.searchAll(SearchTrainingJobsRequest.builder().build(), 60)).hasSize(60);
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void terminatePostsTheActionAsIdempotent() {
        transport.enqueue(JOB).enqueueEmpty();

        assertThat(jobs.terminate("uuid-1")).isPresent();
        assertThat(jobs.terminate("uuid-1")).isEmpty();

        ApiRequest sent = transport.request(0);
        assertThat(sent.describe()).isEqualTo("POST /v2/{project_id}/training-jobs/uuid-1/actions");
        assertThat(sent.idempotent()).isTrue();
        assertThat(body(sent)).isEqualTo(parse("{\"action_type\": \"terminate\"}"));
    }

    @Test
    void deleteSendsADelete() {
        transport.enqueueEmpty();

        jobs.delete("uuid-1");

        assertThat(transport.only().describe()).isEqualTo("DELETE /v2/{project_id}/training-jobs/uuid-1");
    }

    @Test
    void logPreviewAndMetricsReadTheTaskAndTreatNoContentAsEmpty() {
        transport.enqueue("{\"content\": \"line\\n\", \"current_size\": 5, \"full_size\": 5}").enqueueEmpty()
                .enqueue("{\"metrics\": [{\"metric\": \"cpuUsage\", \"value\": [-1, 2.5]}]}").enqueueEmpty();

        assertThat(jobs.logPreview("uuid-1", "worker-0").content()).isEqualTo("line\n");
        assertThat(jobs.logPreview("uuid-1", "worker-0")).isEqualTo(LogPreview.empty());
        assertThat(jobs.metrics("uuid-1", "worker-0").metric("cpuUsage").orElseThrow().latest()).hasValue(2.5);
        assertThat(jobs.metrics("uuid-1", "worker-0").metrics()).isEmpty();

        assertThat(transport.describe()).containsExactly(
                "GET /v2/{project_id}/training-jobs/uuid-1/tasks/worker-0/logs/preview",
                "GET /v2/{project_id}/training-jobs/uuid-1/tasks/worker-0/logs/preview",
                "GET /v2/{project_id}/training-jobs/uuid-1/metrics/worker-0",
                "GET /v2/{project_id}/training-jobs/uuid-1/metrics/worker-0");
    }

    @Test
    void blankIdsAreRefusedBeforeSending() {
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> jobs.get(" ")).problems())
                .containsExactly("training_job_id is required");
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> jobs.metrics(null, "")).problems())
                .containsExactly("training_job_id is required", "task_id is required");
        assertThat(transport.requests()).isEmpty();
    }

    static String job(String id, String name) {
        return "{\"kind\": \"job\", \"metadata\": {\"id\": \"" + id + "\", \"name\": \"" + name + "\"}, \"status\": {\"phase\": \"Running\"}}";
    }

    static String searchResult(int count, String... items) {
        return "{\"total\": 9999, \"count\": " + count + ", \"limit\": 50, \"items\": [" + String.join(",", items) + "]}";
    }

    static String page(int count, int size, int first) {
        String[] items = new String[size];
        for (int i = 0; i < size; i++) {
            items[i] = job("uuid-" + (first + i), "job-" + (first + i));
        }
        return searchResult(count, items);
    }

    @Test
    void searchResultKeepsTheServersPagingFields() {
        transport.enqueue(searchResult(1, job("a", "b")));

        TrainingJobSearchResult result = jobs.search(SearchTrainingJobsRequest.builder().build());

        assertThat(result.total()).isEqualTo(9999);
        JsonNode printed = Json.mapper().valueToTree(result);
        assertThat(printed.path("items").get(0).path("metadata").path("id").asText()).isEqualTo("a");
    }

    @Test
    void searchFromStartsAtTheRequestedPageWithItsOwnPageSizeAndKeepsTheFirstPagesWrapper() {
        transport.enqueue(page(25, 5, 10)).enqueue(page(25, 5, 15)).enqueue(page(25, 5, 20));

        TrainingJobSearchResult result = jobs.searchFrom(
                SearchTrainingJobsRequest.builder().limit(5).offset(2).sortBy("name").build(), 100);

        assertThat(transport.requests()).extracting(r -> body(r).path("offset").asInt() + "/" + body(r).path("limit").asInt()
                + "/" + body(r).path("sort_by").asText()).containsExactly("2/5/name", "3/5/name", "4/5/name");
        assertThat(result.items()).extracting(TrainingJob::id).startsWith("uuid-10").endsWith("uuid-24").hasSize(15);
        assertThat(result.count()).isEqualTo(25);
        assertThat(result.total()).isEqualTo(9999);
    }

    @Test
    void searchFromStopsAtItsMaximumAndWithNoMaximumReadsOnePage() {
        transport.enqueue(page(500, 10, 30)).enqueue(page(500, 10, 40));

        assertThat(jobs.searchFrom(SearchTrainingJobsRequest.builder().limit(10).offset(3).build(), 12).items()).hasSize(12);
        assertThat(transport.requests()).hasSize(2);

        transport.enqueue(page(500, 10, 30));
        assertThat(jobs.searchFrom(SearchTrainingJobsRequest.builder().limit(10).offset(3).build(), 0).items()).hasSize(10);
        assertThat(transport.requests()).hasSize(3);
    }
}
