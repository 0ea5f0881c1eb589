package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.client.model.JobConfig;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** modelartsConfigs (list, get) and modelartsTrain's configName with sample configurations and overrides, against the emulator. */
class ConfigsStepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
    }

    private Object run(ModelArtsStep step) throws Exception {
        FakeStepContext context = h.newContext();
        step.start(context).start();
        return context.await(WAIT);
    }

    private void store(String name, String desc) {
        h.clients.client().jobConfigs().create(JobConfig.of(name, desc, TrainingJobConfig.builder().workerServerNum(1)
                .appUrl("/bucket/src/").bootFileUrl("/bucket/src/train.py").dataUrl("/bucket/data/").specId(1L).engineId(1L)
                .addParameter("lr", "0.1").addParameter("epochs", "3").build()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListTakesEveryQueryParameter() throws Exception {
        store("cfg-b", "zeta");
        store("cfg-a", "alpha");
        store("other", "mid");
        ConfigsStep step = new ConfigsStep();
        step.setSearchContent("cfg");
        step.setSortBy("config_desc");
        step.setOrder("asc");
        step.setPerPage(1);
        step.setPage(2);

        Map<String, Object> list = (Map<String, Object>) run(step);

        assertThat(((Number) list.get("config_total_count")).intValue()).isEqualTo(2);
        assertThat((List<Map<String, Object>>) list.get("configs")).extracting(c -> c.get("config_name")).containsExactly("cfg-b");
    }

    @Test
    @SuppressWarnings("unchecked")
    void samplesAreListedAndReadWithConfigType() throws Exception {
        ConfigsStep list = new ConfigsStep();
        list.setConfigType("sample");
        list.setOrder("asc");
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) run(list)).get("configs"))
                .extracting(c -> c.get("config_name")).containsExactly("mnist_tf_sample", "resnet_builtin_sample");

        ConfigsStep get = new ConfigsStep();
        get.setName("resnet_builtin_sample");
        get.setConfigType("sample");
        Map<String, Object> sample = (Map<String, Object>) run(get);
        assertThat(((Number) sample.get("model_id")).longValue()).isEqualTo(1L);
        assertThat(sample).containsEntry("data_url", "/modelarts-samples/flowers/data/");
    }

    @Test
    void problemsFailTheStepBeforeAnythingIsSent() throws Exception {
        int before = h.emulator.journal().size();
        ConfigsStep step = new ConfigsStep();
        step.setName("cfg");
        step.setPage(2);
        step.setConfigType("vendor");

        Throwable failure = null;
        try {
            step.start(h.newContext());
        } catch (AbortException e) {
            failure = e;
        }

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("config_type 'vendor' is not valid", "leave them out with name");
        assertThat(h.emulator.journal().size()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void trainFromASampleConfigurationMergesTheFieldsGiven() throws Exception {
        TrainStep train = new TrainStep();
        train.setJobName("from-sample");
        train.setConfigName("mnist_tf_sample");
        train.setConfigType("sample");
        train.setTrainUrl("/bucket/out/");
        train.setParameters(Map.of("batch_size", "16", "seed", "7"));

        Map<String, Object> created = (Map<String, Object>) run(train);

        TrainingJobVersion version = h.clients.client().jobsV1().version(Long.parseLong(String.valueOf(created.get("jobId"))),
                Long.parseLong(String.valueOf(created.get("versionId"))));
        assertThat(version.trainUrl()).isEqualTo("/bucket/out/");
        assertThat(version.bootFileUrl()).isEqualTo("/modelarts-samples/mnist/code/train.py");
        assertThat(version.parameter()).extracting(p -> p.label() + "=" + p.value())
                .containsExactly("max_steps=1000", "batch_size=16", "seed=7");
    }

    @Test
    void trainFromAStoredConfigurationChecksTheWorkersAgainstTheFlavor() throws Exception {
        store("cfg-w", "d");
        TrainStep train = new TrainStep();
        train.setJobName("too-many");
        train.setConfigName("cfg-w");
        train.setWorkerServerNum(6);
        FakeStepContext context = h.newContext();
        train.start(context).start();

        Throwable failure = context.awaitFailure(WAIT);

        assertThat(failure.getMessage()).contains("worker_server_num 6 is more than flavor modelarts.vm.gpu.p100 allows: at most 5");
        assertThat(h.emulator.journal().count("POST", ".*/training-jobs")).isZero();
    }
}
