package io.jenkins.plugins.modelarts.client;

import static io.jenkins.plugins.modelarts.client.RecordingApiTransport.body;
import static io.jenkins.plugins.modelarts.client.RecordingApiTransport.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.JobConfig;
import io.jenkins.plugins.modelarts.client.model.JobConfigQuery;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import org.junit.jupiter.api.Test;

/** Request shapes of {@link JobConfigs}, against a recording transport. */
class JobConfigsTest {
    private final RecordingApiTransport transport = new RecordingApiTransport();
    private final JobConfigs configs = new ModelArtsClient(transport).jobConfigs();

    private static JobConfig config(String name) {
        return JobConfig.of(name, "desc", JobsV1Test.config().build());
    }

    @Test
    void createPostsAFlatBodyNotAsIdempotent() {
        transport.enqueue("{\"is_success\": true}");

        configs.create(config("cfg_1"));

        ApiRequest sent = transport.only();
        assertThat(sent.describe()).isEqualTo("POST /v1/{project_id}/training-job-configs");
        assertThat(sent.idempotent()).isFalse();
        assertThat(body(sent)).isEqualTo(parse("""
                {"config_name": "cfg_1", "config_desc": "desc", "worker_server_num": 1, "app_url": "/bucket/src/",
                 "boot_file_url": "/bucket/src/train.py", "data_url": "/bucket/data/", "spec_id": 1, "engine_id": 1}
                """));
    }

    @Test
    void createRefusesAnInvalidConfigurationWithoutSending() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class, () -> configs.create(
                JobConfig.of("", null, JobsV1Test.config().workerServerNum(null).build())));

        assertThat(e.problems()).containsExactly("config_name is required: 1-64 letters, digits, '_' or '-'",
                "worker_server_num is required: the number of workers, at least 1");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void listSendsTheQueryWithCamelCaseSortBy() {
        transport.enqueue("{\"is_success\": true, \"config_total_count\": 1, \"configs\": [{\"config_name\": \"cfg_1\"}]}");

        var list = configs.list(JobConfigQuery.builder().perPage(20).page(1).sortBy("config_desc").order("asc")
                .searchContent("cfg").configType("custom").build());

        assertThat(RecordingApiTransport.line(transport.only())).isEqualTo("GET /v1/{project_id}/training-job-configs"
                + "?per_page=20&page=1&sortBy=config_desc&order=asc&search_content=cfg&config_type=custom");
        assertThat(list.configs()).hasSize(1);
    }

    @Test
    void getUpdateAndDeleteAddressTheConfigurationByName() {
        transport.enqueue("{\"is_success\": true, \"config_name\": \"cfg_1\", \"spec_code\": \"x\"}")
                .enqueue("{\"is_success\": true}").enqueue("{\"is_success\": true}");

        assertThat(configs.get("cfg_1", "sample").specCode()).isEqualTo("x");
        configs.update("cfg_1", config("ignored"));
        configs.delete("cfg_1");

        assertThat(transport.describe()).containsExactly(
                "GET /v1/{project_id}/training-job-configs/cfg_1?config_type=sample",
                "PUT /v1/{project_id}/training-job-configs/cfg_1",
                "DELETE /v1/{project_id}/training-job-configs/cfg_1");
        assertThat(body(transport.request(1)).has("config_name")).isFalse();
        assertThat(body(transport.request(1)).path("config_desc").asText()).isEqualTo("desc");
    }

    @Test
    void badNamesAreRefusedBeforeSending() {
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> configs.get("../etc")).problems())
                .containsExactly("config_name '../etc' is not valid: expected 1-64 letters, digits, '_' or '-'");
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> configs.delete(null)).problems()).hasSize(1);
        assertThat(transport.requests()).isEmpty();
    }
}
