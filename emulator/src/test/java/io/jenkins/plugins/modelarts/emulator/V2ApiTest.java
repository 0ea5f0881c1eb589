package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class V2ApiTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private final Api api = new Api(EMULATOR.emulator());

    @Test
    void createAnswers201WithTheJobCreating() {
        Api.Answer a = api.call("POST", "v2", "training-jobs", Api.v2Job("v2-created"));
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.body().path("metadata").path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(a.body().path("status").path("phase").asText()).isEqualTo("Creating");
        assertThat(a.body().path("status").path("tasks").get(0).asText()).isEqualTo("worker-0");
    }

    @Test
    void createRejectsEveryProblemAtOnceInTheV2Shape() {
        Api.Answer a = api.call("POST", "v2", "training-jobs", "{\"kind\":\"job\",\"metadata\":{\"name\":\"\"}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().path("error_code").asText()).isEqualTo("ModelArts.2788");
        assertThat(a.body().path("error_msg").asText()).contains("metadata.name", "algorithm", "spec.resource");
        assertThat(api.call("POST", "v2", "training-jobs", "{not json").body().path("error_code").asText())
                .isEqualTo("ModelArts.2787");
    }

    @Test
    void flavorsListTheV1FlavorsByCodeAndFilterByType() {
        JsonNode all = api.ok("GET", "v2", "training-job-flavors", null);
        assertThat(all.path("total_count").asInt()).isEqualTo(all.path("flavors").size()).isEqualTo(6);
        JsonNode p100 = all.path("flavors").get(0);
        assertThat(p100.path("flavor_id").asText()).isEqualTo("modelarts.vm.gpu.p100");
        assertThat(p100.path("max_num").asInt()).isEqualTo(5); // as v1 spec 1, whose spec_code it is
        assertThat(p100.path("flavor_type").asText()).isEqualTo("GPU");
        JsonNode cpu = api.ok("GET", "v2", "training-job-flavors?flavor_type=CPU", null);
        assertThat(cpu.path("flavors").findValuesAsText("flavor_id")).containsExactly("modelarts.vm.cpu.2u", "modelarts.vm.cpu.8u");
        assertThat(cpu.path("total_count").asInt()).isEqualTo(2);
        Api.Answer bad = api.call("GET", "v2", "training-job-flavors?flavor_type=TPU", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("error_code").asText()).isEqualTo("ModelArts.2788");
        assertThat(bad.body().path("error_msg").asText()).contains("TPU");
    }

    @Test
    void detailFollowsTheScriptAndUnknownJobsAre2775() {
        String id = api.ok("POST", "v2", "training-jobs", Api.v2Job("v2-detail")).path("metadata").path("id").asText();
        assertThat(api.ok("GET", "v2", "training-jobs/" + id, null).path("status").path("phase").asText()).isEqualTo("Pending");
        assertThat(api.ok("GET", "v2", "training-jobs/" + id, null).path("status").path("phase").asText()).isEqualTo("Running");
        assertThat(api.ok("GET", "v2", "training-jobs/" + id, null).path("status").path("phase").asText()).isEqualTo("Completed");
        Api.Answer missing = api.call("GET", "v2", "training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("error_code").asText()).isEqualTo("ModelArts.2775");
    }

    @Test
    void searchFiltersAndPagesByPageIndex() {
        for (int i = 0; i < 5; i++) {
            api.ok("POST", "v2", "training-jobs", Api.v2Job("search-" + i));
        }
        api.ok("POST", "v2", "training-jobs", Api.v2Job("other"));
        String filter = "\"filters\":[{\"key\":\"name\",\"operator\":\"like\",\"value\":[\"search-\"]}]";
        JsonNode page0 = api.ok("POST", "v2", "training-job-searches", "{\"offset\":0,\"limit\":2," + filter + "}");
        JsonNode page2 = api.ok("POST", "v2", "training-job-searches", "{\"offset\":2,\"limit\":2," + filter + "}");
        assertThat(page0.path("total").asInt()).isEqualTo(6);
        assertThat(page0.path("count").asInt()).isEqualTo(5);
        assertThat(page0.path("items")).hasSize(2);
        assertThat(page2.path("items")).hasSize(1);
        assertThat(api.call("POST", "v2", "training-job-searches", "{\"limit\":51}").status()).isEqualTo(400);
    }

    @Test
    void aPhaseFilterListsOnlyJobsInThatPhaseAsTheSearchShowsThem() {
        api.ok("POST", "v2", "training-jobs", Api.v2Job("phase-filtered")); // Creating; the next read shows Pending
        String pending = "{\"filters\":[{\"key\":\"name\",\"operator\":\"like\",\"value\":[\"phase-filtered\"]},"
                + "{\"key\":\"phase\",\"operator\":\"in\",\"value\":[\"Pending\"]}]}";
        for (int read = 0; read < 4; read++) {
            JsonNode found = api.ok("POST", "v2", "training-job-searches", pending);
            for (JsonNode item : found.path("items")) {
                assertThat(item.path("status").path("phase").asText()).as("search " + read).isEqualTo("Pending");
            }
            assertThat(found.path("count").asInt()).isEqualTo(found.path("items").size());
        }
    }

    @Test
    void terminateGoesThroughTerminatingToTerminated() {
        EMULATOR.emulator().scriptFor("v2-long*", JobScript.afterStatusReads(100));
        String id = api.ok("POST", "v2", "training-jobs", Api.v2Job("v2-long-1")).path("metadata").path("id").asText();
        Api.Answer wrong = api.call("POST", "v2", "training-jobs/" + id + "/actions", "{\"action_type\":\"explode\"}");
        assertThat(wrong.body().path("error_code").asText()).isEqualTo("ModelArts.2812");
        Api.Answer stop = api.call("POST", "v2", "training-jobs/" + id + "/actions", "{\"action_type\":\"terminate\"}");
        assertThat(stop.status()).isEqualTo(202);
        assertThat(api.ok("GET", "v2", "training-jobs/" + id, null).path("status").path("phase").asText()).isEqualTo("Terminating");
        assertThat(api.ok("GET", "v2", "training-jobs/" + id, null).path("status").path("phase").asText()).isEqualTo("Terminated");
    }

    @Test
    void logPreviewAndMetricsPerTask() {
        String id = api.ok("POST", "v2", "training-jobs", Api.v2Job("v2-logs")).path("metadata").path("id").asText();
        for (int i = 0; i < 3; i++) {
            api.ok("GET", "v2", "training-jobs/" + id, null);
        }
        JsonNode preview = api.ok("GET", "v2", "training-jobs/" + id + "/tasks/worker-0/logs/preview", null);
        assertThat(preview.path("content").asText()).contains("epoch");
        assertThat(preview.path("current_size").asLong()).isEqualTo(preview.path("full_size").asLong());
        JsonNode metrics = api.ok("GET", "v2", "training-jobs/" + id + "/metrics/worker-0", null);
        assertThat(metrics.path("metrics").get(0).path("metric").asText()).isEqualTo("cpuUsage");
        assertThat(metrics.path("metrics").get(0).path("value").get(0).asDouble()).isEqualTo(-1.0);
        assertThat(api.call("GET", "v2", "training-jobs/" + id + "/metrics/worker-9", null).status()).isEqualTo(400);
    }

    @Test
    void theLogPreviewGrowsWithTheRunAndCountsBytes() {
        EMULATOR.emulator().scriptFor("v2-growing*", JobScript.afterStatusReads(2).withLogLines(6));
        String id = api.ok("POST", "v2", "training-jobs", Api.v2Job("v2-growing")).path("metadata").path("id").asText();
        String preview = "training-jobs/" + id + "/tasks/worker-0/logs/preview";
        JsonNode before = api.ok("GET", "v2", preview, null);
        api.ok("GET", "v2", "training-jobs/" + id, null);
        JsonNode halfway = api.ok("GET", "v2", preview, null);
        api.ok("GET", "v2", "training-jobs/" + id, null);
        JsonNode done = api.ok("GET", "v2", preview, null);
        assertThat(before.path("content").asText().lines()).hasSize(1);
        assertThat(halfway.path("content").asText().lines()).hasSize(3);
        assertThat(done.path("content").asText().lines()).hasSize(6);
        assertThat(done.path("content").asText()).endsWith("training finished\n");
        assertThat(done.path("content").asText()).startsWith(halfway.path("content").asText());
        assertThat(done.path("full_size").asLong()).isEqualTo(done.path("content").asText().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aLogOverFiveMegabytesIsPreviewedByItsNewestFiveMegabytes() {
        EMULATOR.emulator().scriptFor("v2-huge*", JobScript.immediate(JobScript.FinalState.COMPLETED).withLogLines(100_000));
        String id = api.ok("POST", "v2", "training-jobs", Api.v2Job("v2-huge")).path("metadata").path("id").asText();
        api.ok("GET", "v2", "training-jobs/" + id, null);
        JsonNode preview = api.ok("GET", "v2", "training-jobs/" + id + "/tasks/worker-0/logs/preview", null);
        String content = preview.path("content").asText();
        assertThat(preview.path("current_size").asLong()).isEqualTo(5 * 1024 * 1024);
        assertThat(preview.path("full_size").asLong()).isGreaterThan(5 * 1024 * 1024);
        assertThat(content.getBytes(StandardCharsets.UTF_8)).hasSize(5 * 1024 * 1024);
        assertThat(content).endsWith("[worker-0] training finished\n").doesNotContain("starting training job");
    }

    @Test
    void deleteAnswers202AndTheJobIsGone() {
        String id = api.ok("POST", "v2", "training-jobs", Api.v2Job("v2-gone")).path("metadata").path("id").asText();
        assertThat(api.call("DELETE", "v2", "training-jobs/" + id, null).status()).isEqualTo(202);
        assertThat(api.call("GET", "v2", "training-jobs/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void aScriptedFailureExplainsItselfInTaskStatusesAndSecondaryPhase() {
        String body = Api.v2Job("v2-fails").replace("\"boot_file\":\"/emu-bucket/c/t.py\"",
                "\"boot_file\":\"/emu-bucket/c/t.py\",\"parameters\":[{\"name\":\"emulator_final_status\",\"value\":\"failed\"},"
                        + "{\"name\":\"emulator_status_reads\",\"value\":\"0\"},"
                        + "{\"name\":\"emulator_failure_message\",\"value\":\"CUDA out of memory\"}]");
        String id = api.ok("POST", "v2", "training-jobs", body).path("metadata").path("id").asText();
        JsonNode status = api.ok("GET", "v2", "training-jobs/" + id, null).path("status");
        assertThat(status.path("phase").asText()).isEqualTo("Failed");
        assertThat(status.path("secondary_phase").asText()).isEqualTo("Failed");
        JsonNode task = status.path("task_statuses").get(0);
        assertThat(task.path("task").asText()).isEqualTo("worker-0");
        assertThat(task.path("exit_code").asInt()).isEqualTo(1);
        assertThat(task.path("message").asText()).isEqualTo("CUDA out of memory");

        String lost = Api.v2Job("v2-lost").replace("\"boot_file\":\"/emu-bucket/c/t.py\"",
                "\"boot_file\":\"/emu-bucket/c/t.py\",\"parameters\":[{\"name\":\"emulator_final_status\",\"value\":\"lost\"},"
                        + "{\"name\":\"emulator_status_reads\",\"value\":\"0\"}]");
        String lostId = api.ok("POST", "v2", "training-jobs", lost).path("metadata").path("id").asText();
        JsonNode lostStatus = api.ok("GET", "v2", "training-jobs/" + lostId, null).path("status");
        assertThat(lostStatus.path("phase").asText()).isEqualTo("Abnormal");
        assertThat(lostStatus.path("secondary_phase").asText()).isEqualTo("Lost");
        assertThat(lostStatus.path("task_statuses").get(0).path("exit_code").asInt()).isEqualTo(137);
    }

    @Test
    void aCompletedJobHasNoTaskFailures() {
        String id = api.ok("POST", "v2", "training-jobs", Api.v2Job("v2-fine")).path("metadata").path("id").asText();
        JsonNode status = api.ok("GET", "v2", "training-jobs/" + id, null).path("status");
        assertThat(status.path("secondary_phase").asText()).isEqualTo("Queuing");
        assertThat(status.has("task_statuses")).isFalse();
    }
}
