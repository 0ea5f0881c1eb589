package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The seed-002 sample responses, verbatim: metric lists arrive as JSON-encoded strings. */
class TrainingJobVersionListTest {

    private final TrainingJobVersionList list = Fixtures.read(getClass(), "success", TrainingJobVersionList.class);
    private final TrainingJobVersion version = list.versions().get(0);

    @Test
    void readsTheListFields() {
        assertThat(list.isSuccess()).isTrue();
        assertThat(list.jobId()).isEqualTo(10L);
        assertThat(list.jobName()).isEqualTo("testModelArtsJob");
        assertThat(list.jobDesc()).isEqualTo("testModelArtsJob desc");
        assertThat(list.versionCount()).isEqualTo(2L);
        assertThat(list.versions()).hasSize(1);
    }

    @Test
    void readsEveryVersionField() {
        assertThat(version.versionId()).isEqualTo(10L);
        assertThat(version.versionName()).isEqualTo("V0004");
        assertThat(version.preVersionId()).isEqualTo(5L);
        assertThat(version.engineType()).isEqualTo(1L);
        assertThat(version.engineName()).isEqualTo("TensorFlow");
        assertThat(version.engineId()).isEqualTo(1L);
        assertThat(version.engineVersion()).isEqualTo("TF-1.4.0-python2.7");
        assertThat(version.status()).isEqualTo(10);
        assertThat(version.state()).isEqualTo(JobState.COMPLETED);
        assertThat(version.v1Status().name()).isEqualTo("JOBSTAT_COMPLETED");
        assertThat(version.appUrl()).isEqualTo("/usr/app/");
        assertThat(version.bootFileUrl()).isEqualTo("/usr/app/boot.py");
        assertThat(version.createTime()).isEqualTo(1524189990635L);
        assertThat(version.parameter()).containsExactly(Parameter.of("learning_rate", "0.01"));
        assertThat(version.duration()).isEqualTo(532003L);
        assertThat(version.specId()).isEqualTo(1L);
        assertThat(version.core()).isEqualTo("2");
        assertThat(version.cpu()).isEqualTo("8");
        assertThat(version.gpu()).isTrue();
        assertThat(version.gpuNum()).isEqualTo(2);
        assertThat(version.gpuType()).isEqualTo("P100");
        assertThat(version.workerServerNum()).isEqualTo(1);
        assertThat(version.dataUrl()).isEqualTo("/usr/data/");
        assertThat(version.trainUrl()).isEqualTo("/usr/train/");
        assertThat(version.logUrl()).isEqualTo("/usr/log/");
        assertThat(version.datasetVersionId()).isEqualTo("2ff0d6ba-c480-45ae-be41-09a8369bfc90");
        assertThat(version.datasetId()).isEqualTo("38277e62-9e59-48f4-8d89-c8cf41622c24");
        assertThat(version.dataSource()).containsExactly(DataSource.obs("/qianjiajun-test/minst/data/"));
        assertThat(version.userImageUrl()).isEqualTo("100.125.5.235:20202/jobmng/custom-cpu-base:1.0");
        assertThat(version.userCommand()).startsWith("bash -x /home/work/run_train.sh python");
        assertThat(version.modelId()).isEqualTo(1L);
        assertThat(version.datasetName()).isEqualTo("dataset-test");
        assertThat(version.datasetVersionName()).isEqualTo("dataset-version-test");
        assertThat(version.startTime()).isEqualTo(1563172362000L);
        assertThat(version.volumes()).containsExactly(
                Volume.nfs("43b37236-9afa-4855-8174-32254b9562e7", "192.168.8.150:/", "/home/work/nas", false),
                Volume.hostPath("/root/work", "/home/mind", false));
        assertThat(version.poolId()).isEqualTo("pool9928813f");
        assertThat(version.poolName()).isEqualTo("p100");
        assertThat(version.nasMountPath()).isEqualTo("/home/work/nas");
        assertThat(version.nasShareAddr()).isEqualTo("192.168.8.150:/");
        assertThat(version.nasType()).isEqualTo("nfs");
        assertThat(version.unknownFields()).isEmpty();
    }

    @Test
    void modelMetricsEncodedAsAStringBecomeATree() {
        JsonNode metrics = version.modelMetricList();

        assertThat(metrics.isObject()).isTrue();
        JsonNode perClass = metrics.path("metric").get(0);
        assertThat(perClass.path("metric_values").path("recall").asDouble()).isEqualTo(0.005833);
        assertThat(perClass.path("metric_values").path("precision").asDouble()).isEqualTo(0.000178);
        assertThat(perClass.path("metric_meta").path("class_id").asInt()).isZero();
        JsonNode totals = metrics.path("total_metric").path("total_metric_values");
        assertThat(totals.path("recall").asDouble()).isEqualTo(0.005833);
        assertThat(totals.path("accuracy").asDouble()).isEqualTo(0.000937);
    }

    @Test
    void systemMetricsEncodedAsAStringBecomeATree() {
        JsonNode metrics = version.systemMetricList();

        assertThat(texts(metrics.path("cpuUsage"))).containsExactly("0", "3.10", "5.76", "0", "0", "0", "0");
        assertThat(texts(metrics.path("gpuMemUsage")).get(2)).isEqualTo("6.01");
        assertThat(texts(metrics.path("sendBytesRate")).get(2)).isEqualTo("10487410.00");
        assertThat(metrics.path("interval").asInt()).isEqualTo(1);
        assertThat(metrics.fieldNames()).toIterable().containsExactly("cpuUsage", "memUsage", "gpuUtil", "gpuMemUsage",
                "diskReadRate", "diskWriteRate", "recvBytesRate", "sendBytesRate", "interval");
    }

    @Test
    void printsMetricsBackAsObjects() {
        JsonNode printed = Fixtures.tree(list);

        assertThat(printed.path("versions").get(0).path("model_metric_list").isObject()).isTrue();
        assertThat(printed.path("versions").get(0).path("system_metric_list").path("cpuUsage").get(1).asText()).isEqualTo("3.10");
    }

    @Test
    void failedSampleReadsTheErrorFields() {
        TrainingJobVersionList failed = Fixtures.read(getClass(), "failure", TrainingJobVersionList.class);

        assertThat(failed.isSuccess()).isFalse();
        assertThat(failed.errorCode()).isEqualTo("ModelArts.0105");
        assertThat(failed.errorMessage()).isEqualTo("Error string");
        assertThat(failed.versions()).isEmpty();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
