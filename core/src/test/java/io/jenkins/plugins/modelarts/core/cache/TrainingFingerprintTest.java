package io.jenkins.plugins.modelarts.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import org.junit.jupiter.api.Test;

class TrainingFingerprintTest {
    static final String BASE = """
            {"job_name": "%s", "job_desc": "%s", "config": {"worker_server_num": 1,
              "app_url": "/bucket/src/", "boot_file_url": "/bucket/src/train.py",
              "parameter": [{"label": "lr", "value": "0.01"}, {"label": "epochs", "value": "10"}],
              "data_url": "/bucket/data/", "spec_id": 1, "engine_id": 1,
              "train_url": "/bucket/out/", "log_url": "/bucket/logs/"}}
            """;

    static JobSpec spec(String json) {
        return JobSpecLoader.parse("test spec", json);
    }

    static JobSpec base(String name) {
        return spec(BASE.formatted(name, "first try"));
    }

    @Test
    void goldenValueIsTheSameInEveryJvm() {
        // documented in docs/cli.md; a change here means every cached job stops matching
        assertThat(TrainingFingerprint.of(base("a"))).isEqualTo("06db1f9301102bbc");
    }

    @Test
    void nameDescriptionLogsParameterOrderTrailingSlashesAndDefaultsDoNotChangeIt() {
        String same = """
                {"job_name": "other-name", "job_desc": "another description", "workspace_id": "0", "config": {
                  "worker_server_num": 1, "app_url": "/bucket/src", "boot_file_url": "/bucket/src/train.py",
                  "parameter": [{"label": "epochs", "value": "10"}, {"label": "lr", "value": "0.01"}],
                  "data_url": "/bucket/data", "engine_id": 1, "spec_id": 1,
                  "train_url": "/bucket/out//", "log_url": "/elsewhere/logs/"}}
                """;
        assertThat(TrainingFingerprint.of(spec(same))).isEqualTo(TrainingFingerprint.of(base("a")));
        assertThat(TrainingFingerprint.canonical(spec(same))).isEqualTo(TrainingFingerprint.canonical(base("b")));
    }

    @Test
    void everyMeaningfulChangeGivesAnotherFingerprint() {
        String original = TrainingFingerprint.of(base("a"));
        String[][] changes = {
            {"\"0.01\"", "\"0.02\""}, // a parameter value
            {"\"/bucket/data/\"", "\"/bucket/data2/\""}, // the data
            {"\"/bucket/src/train.py\"", "\"/bucket/src/train2.py\""}, // the boot file
            {"/bucket/src/", "/bucket/src2/"}, // the code (and the boot file in it)
            {"\"spec_id\": 1", "\"spec_id\": 2"}, // the flavor
            {"\"engine_id\": 1", "\"engine_id\": 3"}, // the engine
            {"\"worker_server_num\": 1", "\"worker_server_num\": 2"},
            {"\"/bucket/out/\"", "\"/bucket/out2/\""}, // the output location
            {"\"data_url\": \"/bucket/data/\"", "\"dataset_id\": \"d1\", \"dataset_version_id\": \"v1\""},
        };
        for (String[] change : changes) {
            String changed = BASE.formatted("a", "first try").replace(change[0], change[1]);
            assertThat(changed).as("the change %s applies", change[0]).isNotEqualTo(BASE.formatted("a", "first try"));
            assertThat(TrainingFingerprint.of(spec(changed))).as("after %s -> %s", change[0], change[1]).isNotEqualTo(original);
        }
        String dataset = BASE.formatted("a", "").replace("\"data_url\": \"/bucket/data/\"", "\"dataset_id\": \"d1\", \"dataset_version_id\": \"v1\"");
        assertThat(TrainingFingerprint.of(spec(dataset.replace("\"v1\"", "\"v2\"")))).as("another dataset version")
                .isNotEqualTo(TrainingFingerprint.of(spec(dataset)));
    }

    @Test
    void v2BodiesIgnoreNameAndDescriptionButNotTheAlgorithm() {
        String v2 = """
                {"kind": "job", "metadata": {"name": "%s", "description": "x"},
                 "algorithm": {"code_dir": "obs://bkt/code/", "boot_file": "obs://bkt/code/train.py",
                   "engine": {"engine_id": "%s"}, "parameters": [{"name": "b", "value": "1"}, {"name": "a", "value": "2"}]},
                 "spec": {"resource": {"flavor_id": "modelarts.p3.large.public", "node_count": 1}}}
                """;
        assertThat(TrainingFingerprint.of(spec(v2.formatted("one", "e1"))))
                .isEqualTo(TrainingFingerprint.of(spec(v2.formatted("two", "e1").replace("obs://bkt/code/\"", "obs://bkt/code\""))))
                .isNotEqualTo(TrainingFingerprint.of(spec(v2.formatted("one", "e2"))));
    }

    @Test
    void pathsLoseTrailingSlashesOtherTextDoesNot() {
        assertThat(TrainingFingerprint.path("/b/data///")).isEqualTo("/b/data");
        assertThat(TrainingFingerprint.path("obs://bkt/")).isEqualTo("obs://bkt");
        assertThat(TrainingFingerprint.path("/")).isEqualTo("/");
        assertThat(TrainingFingerprint.path("a/b/")).isEqualTo("a/b/");
    }
}
