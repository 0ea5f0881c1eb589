package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Training job configurations (seed 003) and the catalog they name, as the emulator serves them. */
class JobConfigsApiTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private final Api api = new Api(EMULATOR.emulator());

    private static String config(String name, String desc, String extra) {
        return "{\"config_name\":\"" + name + "\",\"config_desc\":\"" + desc + "\",\"worker_server_num\":1,"
                + "\"app_url\":\"/emu-bucket/a/\",\"boot_file_url\":\"/emu-bucket/a/t.py\",\"data_url\":\"/emu-bucket/d/\","
                + "\"spec_id\":1,\"engine_id\":1" + extra + "}";
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("configs").forEach(c -> names.add(c.path("config_name").asText()));
        return names;
    }

    private String error(String method, String path, String body) {
        Api.Answer a = api.call(method, "v1", path, body);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().path("is_success").asBoolean(true)).isFalse();
        assertThat(a.body().path("error_code").asText()).startsWith("ModelArts.");
        return a.body().path("error_message").asText();
    }

    @Test
    void theListSortsOrdersSearchesAndPages() {
        api.ok("POST", "v1", "training-job-configs", config("cfg-b", "zeta", ""));
        api.ok("POST", "v1", "training-job-configs", config("cfg-a", "alpha", ""));
        api.ok("POST", "v1", "training-job-configs", config("other", "mid", ""));

        assertThat(names(api.ok("GET", "v1", "training-job-configs", null))).containsExactly("other", "cfg-b", "cfg-a");
        assertThat(names(api.ok("GET", "v1", "training-job-configs?order=asc", null))).containsExactly("cfg-a", "cfg-b", "other");
        assertThat(names(api.ok("GET", "v1", "training-job-configs?sortBy=config_desc&order=asc", null)))
                .containsExactly("cfg-a", "other", "cfg-b");
        JsonNode page = api.ok("GET", "v1", "training-job-configs?search_content=cfg&per_page=1&page=2&order=asc", null);
        assertThat(page.path("config_total_count").asInt()).isEqualTo(2);
        assertThat(names(page)).containsExactly("cfg-b");
        assertThat(page.path("configs").get(0).path("engine_name").asText()).isEqualTo("TensorFlow");
        assertThat(page.path("configs").get(0).has("app_url")).as("list items carry few fields").isFalse();
    }

    @Test
    void sampleConfigurationsAreListedAndReadWithConfigTypeSample() {
        assertThat(names(api.ok("GET", "v1", "training-job-configs?config_type=sample&order=asc", null)))
                .containsExactly("mnist_tf_sample", "resnet_builtin_sample");
        JsonNode sample = api.ok("GET", "v1", "training-job-configs/mnist_tf_sample?config_type=sample", null);
        assertThat(sample.path("boot_file_url").asText()).isEqualTo("/modelarts-samples/mnist/code/train.py");
        assertThat(sample.path("spec_code").asText()).isEqualTo("modelarts.vm.gpu.p100");
        assertThat(error("GET", "training-job-configs/mnist_tf_sample", null)).contains("does not exist");
        assertThat(error("GET", "training-job-configs?config_type=sample&sortBy=create_time", null))
                .contains("create_time");
        assertThat(error("GET", "training-job-configs?config_type=vendor", null)).contains("config_type");
    }

    @Test
    void updateKeepsTheCreateTimeAndReplacesTheBody() {
        api.ok("POST", "v1", "training-job-configs", config("cfg-u", "one", ""));
        long created = api.ok("GET", "v1", "training-job-configs/cfg-u", null).path("create_time").asLong();

        api.ok("PUT", "v1", "training-job-configs/cfg-u", config("cfg-u", "two", "").replace("\"spec_id\":1", "\"spec_id\":2"));

        JsonNode after = api.ok("GET", "v1", "training-job-configs/cfg-u", null);
        assertThat(after.path("config_desc").asText()).isEqualTo("two");
        assertThat(after.path("spec_code").asText()).isEqualTo("modelarts.vm.cpu.2u");
        assertThat(after.path("create_time").asLong()).isEqualTo(created);
    }

    @Test
    void theDocumentedRulesAreEnforcedWithTheApisErrorBody() {
        assertThat(error("POST", "training-job-configs", config("a".repeat(21), "d", ""))).contains("1-20 characters");
        assertThat(error("POST", "training-job-configs", config("img", "d",
                ",\"user_image_url\":\"swr/x:1\",\"user_command\":\"python t.py\""))).contains("run_train.sh");
        assertThat(error("POST", "training-job-configs", config("vol", "d",
                ",\"volumes\":[{\"host_path\":{\"src_path\":\"/d\",\"dest_path\":\"/d\"}}]"))).contains("dedicated");
        assertThat(error("POST", "training-job-configs", config("mix", "d", "").replace("\"data_url\":\"/emu-bucket/d/\",",
                "\"data_source\":[{\"type\":\"obs\",\"data_url\":\"/emu-bucket/d/\"},"
                        + "{\"type\":\"dataset\",\"dataset_id\":\"x\",\"dataset_version\":\"v\"}],")))
                .contains("mix obs and dataset");
        assertThat(error("POST", "training-job-configs", config("many", "d", "").replace("\"worker_server_num\":1",
                "\"worker_server_num\":6"))).contains("exceeds max_num 5");
        assertThat(error("POST", "training-job-configs", config("eng", "d", "").replace("\"engine_id\":1", "\"engine_id\":99")))
                .contains("engine_id 99 does not exist");
        assertThat(api.ok("GET", "v1", "training-job-configs", null).path("config_total_count").asInt()).isZero();
    }

    @Test
    void jobCreationChecksTheFlavorsMaxNum() {
        String job = "{\"job_name\":\"big\",\"config\":{\"worker_server_num\":3,\"app_url\":\"/emu-bucket/a/\","
                + "\"boot_file_url\":\"/emu-bucket/a/t.py\",\"data_url\":\"/emu-bucket/d/\",\"spec_id\":2}}";
        assertThat(error("POST", "training-jobs", job)).contains("exceeds max_num 2 of spec modelarts.vm.cpu.2u");
        api.ok("POST", "v1", "training-jobs", job.replace("\"spec_id\":2", "\"spec_id\":1"));
    }

    @Test
    void theCatalogListsFlavorsEnginesAndAlgorithms() {
        JsonNode specs = api.ok("GET", "v1", "job/resource-specs?job_type=train", null).path("specs");
        assertThat(specs.findValuesAsText("spec_code")).contains("modelarts.vm.gpu.p100", "modelarts.vm.cpu.2u");
        JsonNode engines = api.ok("GET", "v1", "job/ai-engines?job_type=train", null).path("engines");
        assertThat(engines.findValuesAsText("engine_version")).contains("TF-1.8.0-python3.6", "PyTorch-1.0.0-python3.6");
        JsonNode models = api.ok("GET", "v1", "built-in-algorithms", null).path("models");
        assertThat(models.findValuesAsText("model_name")).containsExactly("ResNet_v1_50", "YOLO_v3");
    }
}
