package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Training job configurations. The vendor pages give no verbatim response sample for these calls,
 * so the JSON here is built from the field lists of job-configs.md §2-3.
 */
class JobConfigTest {
    static final String DETAIL = """
            {"is_success": true, "config_name": "my_job_config", "config_desc": "my job config",
             "worker_server_num": 1, "app_url": "/bucket/src/", "boot_file_url": "/bucket/src/pytorch_sentiment.py",
             "parameter": [{"label": "classes", "value": "10"}, {"label": "lr", "value": 0.001}],
             "data_url": "/bucket/data/train/", "spec_id": 1, "engine_id": 41, "train_url": "/bucket/output/",
             "log_url": "/bucket/log/", "create_time": 1524189990635, "engine_type": 1, "engine_name": "PyTorch",
             "engine_version": "PyTorch-1.0.0-python3.6", "spec_code": "modelarts.vm.gpu.p100", "gpu_type": "P100",
             "gpu_num": 1, "cpu": 64, "core": "8", "dataset_name": null, "dataset_version_name": null,
             "pool_id": null, "pool_name": null, "nas_type": "nfs"}
            """;

    private final JobConfig detail = Fixtures.convert(Fixtures.parse(DETAIL), JobConfig.class);

    @Test
    void readsRequestAndResponseOnlyFields() {
        assertThat(detail.configName()).isEqualTo("my_job_config");
        assertThat(detail.parameter()).containsExactly(Parameter.of("classes", "10"), Parameter.of("lr", "0.001"));
        assertThat(detail.engineName()).isEqualTo("PyTorch");
        assertThat(detail.specCode()).isEqualTo("modelarts.vm.gpu.p100");
        assertThat(detail.cpu()).isEqualTo("64");
        assertThat(detail.createTime()).isEqualTo(1524189990635L);
        assertThat(detail.unknownFields()).isEmpty();
        assertThat(detail.problems()).isEmpty();
    }

    @Test
    void jobConfigCopiesRequestFieldsAndDropsResponseOnlyOnes() {
        TrainingJobConfig config = detail.toTrainingJobConfig();

        assertThat(Fixtures.tree(config)).isEqualTo(Fixtures.parse("""
                {"worker_server_num": 1, "app_url": "/bucket/src/", "boot_file_url": "/bucket/src/pytorch_sentiment.py",
                 "parameter": [{"label": "classes", "value": "10"}, {"label": "lr", "value": "0.001"}],
                 "data_url": "/bucket/data/train/", "spec_id": 1, "engine_id": 41, "train_url": "/bucket/output/",
                 "log_url": "/bucket/log/"}
                """));
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void createBodyIsFlatWithTheNameAndUpdateBodyLeavesTheNameOut() {
        JobConfig config = JobConfig.of("cfg_1", "desc", TrainingJobConfigRulesTest.valid().build());

        assertThat(Fixtures.tree(config.createBody())).isEqualTo(Fixtures.parse("""
                {"config_name": "cfg_1", "config_desc": "desc", "worker_server_num": 1, "app_url": "/bucket/src/",
                 "boot_file_url": "/bucket/src/train.py", "data_url": "/bucket/data/", "spec_id": 1, "engine_id": 1}
                """));
        assertThat(config.updateBody().has("config_name")).isFalse();
        assertThat(detail.createBody().has("spec_code")).isFalse();
        assertThat(detail.createBody().has("is_success")).isFalse();
    }

    @Test
    void problemsNameTopLevelFields() {
        JobConfig config = JobConfig.of("a name", "x".repeat(257),
                TrainingJobConfigRulesTest.valid().specId(null).dataUrl(null).build());

        assertThat(config.problems()).containsExactly(
                "config_name 'a name' is not valid: expected 1-64 letters, digits, '_' or '-'",
                "config_desc is 257 characters long: at most 256 are allowed",
                "no data source is set: set exactly one of data_url, dataset_id + dataset_version_id, or data_source",
                "neither spec_id nor pool_id is set: set spec_id for the public pool or pool_id for a dedicated pool");
        assertThat(config.updateProblems()).hasSize(3);
    }

    @Test
    void newConfigNamesAreUpTo20CharactersAsSeed003Says() {
        assertThat(JobConfig.of("c".repeat(20), null, TrainingJobConfigRulesTest.valid().build()).problems()).isEmpty();
        assertThat(JobConfig.of("c".repeat(21), null, TrainingJobConfigRulesTest.valid().build()).problems()).containsExactly(
                "config_name is 21 characters long: a new configuration's name is 1-20 letters, digits, '_' or '-'");
        assertThat(JobConfig.of("c".repeat(65), null, TrainingJobConfigRulesTest.valid().build()).problems()).containsExactly(
                "config_name is 65 characters long: expected 1-64 letters, digits, '_' or '-'");
    }

    @Test
    void listReadsEntriesWithFewFields() {
        JobConfigList list = Fixtures.convert(Fixtures.parse("""
                {"is_success": true, "config_total_count": 2, "configs": [
                  {"config_name": "a", "config_desc": "", "create_time": 1, "engine_type": 1, "engine_name": "TensorFlow",
                   "engine_id": 1, "engine_version": "TF-1.8.0-python2.7", "user_image_url": "", "user_command": ""},
                  {"config_name": "b"}]}
                """), JobConfigList.class);

        assertThat(list.configTotalCount()).isEqualTo(2L);
        assertThat(list.configs()).extracting(JobConfig::configName).isEqualTo(List.of("a", "b"));
        assertThat(list.configs().get(0).engineName()).isEqualTo("TensorFlow");
    }
}
