package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class V1ApiTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private final Api api = new Api(EMULATOR.emulator());

    private JsonNode create(String body) {
        return api.ok("POST", "v1", "training-jobs", body);
    }

    @Test
    void createRejectsEveryConfigProblemAtOnce() {
        Api.Answer a = api.call("POST", "v1", "training-jobs",
                "{\"job_name\":\"bad name!\",\"config\":{\"worker_server_num\":0,\"app_url\":\"/emu-bucket/src/\","
                        + "\"data_url\":\"/emu-bucket/d/\",\"dataset_id\":\"x\",\"spec_id\":1,\"pool_id\":\"p\"}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().path("is_success").asBoolean(true)).isFalse();
        assertThat(a.body().path("error_code").asText()).isEqualTo("ModelArts.0101");
        assertThat(a.body().path("error_message").asText()).contains("job_name", "worker_server_num", "data_url",
                "dataset_version_id", "spec_id", "boot_file_url");
    }

    @Test
    void aJobProgressesByStatusReadsAndThenReportsMetrics() {
        JsonNode created = create(Api.v1Job("reads"));
        assertThat(created.path("status").asInt()).isEqualTo(1);
        assertThat(created.path("version_name").asText()).isEqualTo("V0001");
        String detail = "training-jobs/" + created.path("job_id").asLong() + "/versions/" + created.path("version_id").asLong();
        assertThat(api.ok("GET", "v1", detail, null).path("status").asInt()).isEqualTo(7);
        assertThat(api.ok("GET", "v1", detail, null).path("status").asInt()).isEqualTo(8);
        JsonNode done = api.ok("GET", "v1", detail, null);
        assertThat(done.path("status").asInt()).isEqualTo(10);
        assertThat(done.path("duration").asLong()).isEqualTo(120_000);
        assertThat(done.path("model_metric_list").isTextual()).as("a JSON-encoded string, like the vendor's").isTrue();
        assertThat(done.path("system_metric_list").isObject()).as("an object in the detail, like the vendor's").isTrue();
    }

    @Test
    void theVersionsListCarriesBothMetricListsAsEncodedStrings() throws Exception {
        JsonNode created = create(Api.v1Job("listed", JobScript.STATUS_READS, "0"));
        JsonNode list = api.ok("GET", "v1", "training-jobs/" + created.path("job_id").asLong() + "/versions?per_page=5&page=1", null);
        JsonNode version = list.path("versions").get(0);
        assertThat(list.path("version_count").asInt()).isEqualTo(1);
        assertThat(version.path("status").asInt()).isEqualTo(10);
        JsonNode metrics = new ObjectMapper().readTree(version.path("model_metric_list").asText());
        assertThat(metrics.path("total_metric").path("total_metric_values").path("accuracy").asDouble()).isEqualTo(0.94);
        assertThat(new ObjectMapper().readTree(version.path("system_metric_list").asText()).path("cpuUsage").isArray()).isTrue();
    }

    @Test
    void jobParametersSteerTheFinalState() {
        JsonNode created = create(Api.v1Job("steered", JobScript.FINAL_STATUS, "failed", JobScript.STATUS_READS, "1"));
        String detail = "training-jobs/" + created.path("job_id").asLong() + "/versions/" + created.path("version_id").asLong();
        assertThat(api.ok("GET", "v1", detail, null).path("status").asInt()).isEqualTo(11);
        assertThat(api.call("POST", "v1", "training-jobs",
                Api.v1Job("bad-steer", JobScript.FINAL_STATUS, "exploded")).body().path("error_message").asText())
                .contains("emulator_final_status");
    }

    @Test
    void metricsCanBeChosenPerJobOrPerTest() throws Exception {
        JsonNode steered = create(Api.v1Job("accurate", JobScript.STATUS_READS, "0", JobScript.ACCURACY, "0.81"));
        JsonNode detail = api.ok("GET", "v1", "training-jobs/" + steered.path("job_id").asLong() + "/versions/"
                + steered.path("version_id").asLong(), null);
        JsonNode totals = new ObjectMapper().readTree(detail.path("model_metric_list").asText())
                .path("total_metric").path("total_metric_values");
        assertThat(totals.path("accuracy").asDouble()).isEqualTo(0.81);

        EMULATOR.emulator().scriptFor("custom-*", JobScript.immediate(JobScript.FinalState.COMPLETED)
                .withModelMetrics("{\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.5}}}"));
        JsonNode custom = create(Api.v1Job("custom-1"));
        JsonNode version = api.ok("GET", "v1", "training-jobs/" + custom.path("job_id").asLong() + "/versions/"
                + custom.path("version_id").asLong(), null);
        assertThat(version.path("model_metric_list").asText()).isEqualTo("{\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.5}}}");
        assertThat(api.call("POST", "v1", "training-jobs", Api.v1Job("too-good", JobScript.ACCURACY, "1.5"))
                .body().path("error_message").asText()).contains("emulator_accuracy");
    }

    @Test
    void stopShowsKillingThenKilledAndAnEndedJobCannotBeStopped() {
        JsonNode created = create(Api.v1Job("stopped", JobScript.STATUS_READS, "100"));
        String version = "training-jobs/" + created.path("job_id").asLong() + "/versions/" + created.path("version_id").asLong();
        api.ok("GET", "v1", version, null);
        assertThat(api.ok("POST", "v1", version + "/stop", null).path("is_success").asBoolean()).isTrue();
        assertThat(api.ok("GET", "v1", version, null).path("status").asInt()).isEqualTo(9);
        assertThat(api.ok("GET", "v1", version, null).path("status").asInt()).isEqualTo(12);
        Api.Answer again = api.call("POST", "v1", version + "/stop", null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().path("error_message").asText()).isEqualTo("This job can't be stop. job status: 12");
    }

    @Test
    void aDuplicateNameIsModelArts0103() {
        create(Api.v1Job("twice"));
        Api.Answer a = api.call("POST", "v1", "training-jobs", Api.v1Job("twice"));
        assertThat(a.body().path("error_code").asText()).isEqualTo("ModelArts.0103");
        assertThat(a.body().path("error_message").asText()).isEqualTo("Job name:twice is existed");
    }

    @Test
    void theJobListFiltersPagesAndCountsReads() {
        for (int i = 0; i < 3; i++) {
            create(Api.v1Job("paged-" + i));
        }
        JsonNode page = api.ok("GET", "v1", "training-jobs?per_page=2&page=2&search_content=paged", null);
        assertThat(page.path("job_total_count").asInt()).isEqualTo(3);
        assertThat(page.path("jobs")).hasSize(1);
        assertThat(page.path("jobs").get(0).path("job_name").asText()).isEqualTo("paged-2");
    }

    @Test
    void jobsCreatedInTheSameMillisecondListNewestFirstWhenSortedByCreateTimeDescending() {
        ManualClock clock = new ManualClock();
        try (ModelArtsEmulator frozen = ModelArtsEmulator.builder().port(0).clock(clock).build().start()) {
            Api sameMillis = new Api(frozen, clock);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(sameMillis.ok("POST", "v1", "training-jobs", Api.v1Job("tied-" + i)).path("job_id").asLong());
            }
            JsonNode page = sameMillis.ok("GET", "v1", "training-jobs?per_page=3&page=1&sortBy=create_time&order=desc", null);
            List<Long> listed = new ArrayList<>();
            page.path("jobs").forEach(j -> listed.add(j.path("job_id").asLong()));
            assertThat(listed).containsExactly(ids.get(2), ids.get(1), ids.get(0)); // the poller's rows rely on it
        }
    }

    @Test
    void aListPageIsAStatusReadOfTheJobsOnItOnlyUnlessItFiltersByStatus() {
        ManualClock clock = new ManualClock();
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().port(0).clock(clock).build().start()) {
            Api own = new Api(emulator, clock);
            for (String name : List.of("read-a", "read-b", "read-c")) { // read-c is the newest
                own.ok("POST", "v1", "training-jobs", Api.v1Job(name, JobScript.STATUS_READS, "3"));
            }
            String newest = "training-jobs?per_page=1&page=1&sortBy=create_time&order=desc";
            own.ok("GET", "v1", newest, null);
            own.ok("GET", "v1", newest, null);
            JsonNode all = own.ok("GET", "v1", "training-jobs?per_page=3&page=1&sortBy=create_time&order=desc", null);
            List<Integer> statuses = new ArrayList<>();
            all.path("jobs").forEach(j -> statuses.add(j.path("status").asInt()));
            assertThat(statuses).containsExactly(10, 7, 7); // c's third read ended it; a and b are on their first

            JsonNode running = own.ok("GET", "v1", "training-jobs?per_page=1&page=1&status=8", null);
            assertThat(running.path("job_total_count").asInt()).isEqualTo(2); // the filter read a and b again
        }
    }

    @Test
    void logLinesPageForwardsWithCursors() {
        JsonNode created = create(Api.v1Job("logged", JobScript.STATUS_READS, "0", JobScript.LOG_LINES, "7"));
        String version = "training-jobs/" + created.path("job_id").asLong() + "/versions/" + created.path("version_id").asLong();
        api.ok("GET", "v1", version, null);
        assertThat(api.ok("GET", "v1", version + "/log/file-names", null).path("log_file_list").get(0).asText())
                .isEqualTo("logged.0");
        JsonNode tail = api.ok("GET", "v1", version + "/aom-log?log_file=logged.0&lines=2", null);
        assertThat(tail.path("content").asText()).endsWith("training finished\n");
        assertThat(tail.path("start_line").asText()).isEqualTo("6");
        JsonNode first = api.ok("GET", "v1", version + "/aom-log?log_file=logged.0&lines=4&base_line=0&order=desc", null);
        JsonNode next = api.ok("GET", "v1", version + "/aom-log?log_file=logged.0&lines=4&order=desc&base_line="
                + first.path("end_line").asText(), null);
        assertThat(first.path("lines").asInt() + next.path("lines").asInt()).isEqualTo(7);
        assertThat(first.path("content").asText() + next.path("content").asText()).startsWith("[worker-0] starting");
        JsonNode before = api.ok("GET", "v1", version + "/aom-log?log_file=logged.0&lines=2&order=asc&base_line="
                + next.path("start_line").asText(), null);
        assertThat(before.path("start_line").asText()).isEqualTo("3");
        assertThat(before.path("end_line").asText()).isEqualTo("4");
    }

    @Test
    void aRunningJobsLogGrowsWithEachStatusReadUntilItEnds() {
        JsonNode created = create(Api.v1Job("growing", JobScript.STATUS_READS, "4", JobScript.LOG_LINES, "10"));
        String version = "training-jobs/" + created.path("job_id").asLong() + "/versions/" + created.path("version_id").asLong();
        String log = version + "/aom-log?log_file=growing.0&lines=500&base_line=0&order=desc";
        List<Integer> visible = new ArrayList<>();
        visible.add(api.ok("GET", "v1", log, null).path("lines").asInt());
        for (int read = 1; read <= 4; read++) {
            api.ok("GET", "v1", version, null);
            visible.add(api.ok("GET", "v1", log, null).path("lines").asInt());
        }
        assertThat(visible).containsExactly(1, 2, 5, 7, 10);
        assertThat(api.ok("GET", "v1", log, null).path("content").asText()).endsWith("training finished\n");
    }

    @Test
    void configurationsCanBeStoredReadAndDeleted() {
        String body = "{\"config_name\":\"cfg-1\",\"config_desc\":\"d\",\"worker_server_num\":1,\"app_url\":\"/emu-bucket/a/\","
                + "\"boot_file_url\":\"/emu-bucket/a/t.py\",\"data_url\":\"/emu-bucket/d/\",\"spec_id\":1}";
        api.ok("POST", "v1", "training-job-configs", body);
        assertThat(api.ok("GET", "v1", "training-job-configs", null).path("config_total_count").asInt()).isEqualTo(1);
        assertThat(api.ok("GET", "v1", "training-job-configs/cfg-1", null).path("app_url").asText()).isEqualTo("/emu-bucket/a/");
        api.ok("DELETE", "v1", "training-job-configs/cfg-1", null);
        assertThat(api.call("GET", "v1", "training-job-configs/cfg-1", null).status()).isEqualTo(400);
    }

    @Test
    void unknownRoutesAreTheGatewaysNotFound() {
        Api.Answer a = api.call("GET", "v1", "no-such-thing", null);
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body().path("error_code").asText()).isEqualTo("APIGW.0101");
        assertThat(a.body().path("request_id").asText()).isNotEmpty();
        assertThat(a.raw().headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void createVersionFalseCreatesTheJobWithoutAVersionAsDocumented() {
        JsonNode created = create(Api.v1Job("versionless").replace("\"worker_server_num\":1", "\"worker_server_num\":1,\"create_version\":false"));
        long jobId = created.path("job_id").asLong();
        assertThat(jobId).isPositive();
        assertThat(created.has("version_id")).isFalse();
        assertThat(created.has("version_name")).isFalse();
        assertThat(created.path("resource_id").asText()).isNotEmpty();
        JsonNode versions = api.ok("GET", "v1", "training-jobs/" + jobId + "/versions", null);
        assertThat(versions.path("version_count").asInt()).isZero();
        assertThat(versions.path("versions")).isEmpty();
        JsonNode listed = api.ok("GET", "v1", "training-jobs?search_content=versionless", null).path("jobs").get(0);
        assertThat(listed.has("version_id")).isFalse();
        assertThat(listed.path("version_count").asInt()).isZero();
        JsonNode version = api.ok("POST", "v1", "training-jobs/" + jobId + "/versions",
                "{\"config\":" + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                        readTree(Api.v1Job("versionless")).path("config")) + "}");
        assertThat(version.path("version_name").asText()).isEqualTo("V0001");
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
