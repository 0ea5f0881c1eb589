package io.jenkins.plugins.modelarts.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.JobConfig;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A job request from stored and sample configurations, with names resolved, against the emulator. */
class JobFromConfigTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private ModelArtsClient client;

    @BeforeEach
    void connect(ModelArtsEmulator emulator) {
        client = ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId())
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static TrainingJobConfig.Builder overrides() {
        return TrainingJobConfig.builder();
    }

    @Test
    void aSampleConfigurationWithOverridesAndNamesBecomesACheckedRequest() {
        JobSpec.V1 spec = new JobFromConfig("mnist_tf_sample", "sample", "job-1", null, null,
                overrides().trainUrl("/bucket/out/").addParameter("max_steps", "50").build(),
                new ResourceNames("modelarts.vm.cpu.2u", "PyTorch", null, null)).toSpec(client);

        TrainingJobConfig c = spec.request().config();
        assertThat(c.appUrl()).isEqualTo("/modelarts-samples/mnist/code/");
        assertThat(c.trainUrl()).isEqualTo("/bucket/out/");
        assertThat(c.specId()).isEqualTo(2L);
        assertThat(c.engineId()).isEqualTo(3L);
        assertThat(c.parameter()).extracting(p -> p.label() + "=" + p.value()).containsExactly("max_steps=50", "batch_size=64");
    }

    @Test
    void aModelNameReplacesTheCodeOfACustomConfiguration() {
        client.jobConfigs().create(JobConfig.of("cfg-code", null, TrainingJobConfig.builder().workerServerNum(1)
                .appUrl("/bucket/src/").bootFileUrl("/bucket/src/t.py").engineId(1L).specId(1L).dataUrl("/bucket/d/").build()));

        TrainingJobConfig c = new JobFromConfig("cfg-code", null, "job-2", null, null, null,
                new ResourceNames(null, null, null, "YOLO_v3")).toSpec(client).request().config();

        assertThat(c.modelId()).isEqualTo(2L);
        assertThat(c.appUrl()).isNull();
        assertThat(c.engineId()).isNull();
    }

    @Test
    void unknownNamesAndTooManyWorkersAreRefusedNamingTheChoices() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class, () -> new JobFromConfig(
                "mnist_tf_sample", "sample", "job-3", null, null, overrides().workerServerNum(9).build(),
                new ResourceNames("modelarts.vm.gpu.k80", "TensorFlow", null, "VGG")).toSpec(client));

        assertThat(e.problems()).containsExactly(
                "flavor 'modelarts.vm.gpu.k80' does not exist: choose one of modelarts.vm.cpu.2u, modelarts.vm.gpu.4v100,"
                        + " modelarts.vm.gpu.8v100, modelarts.vm.gpu.p100",
                "framework 'TensorFlow' has several versions: choose one of TF-1.8.0-python3.6, TF-2.1.0-python3.6",
                "model 'VGG' is not a built-in algorithm: choose one of ResNet_v1_50, YOLO_v3");

        RequestValidationException workers = catchThrowableOfType(RequestValidationException.class, () -> new JobFromConfig(
                "mnist_tf_sample", "sample", "job-3", null, null, overrides().workerServerNum(9).build(), null).toSpec(client));
        assertThat(workers.problems()).containsExactly(
                "worker_server_num 9 is more than flavor modelarts.vm.gpu.p100 allows: at most 5");
    }

    @Test
    void theMergedRequestIsCheckedBeforeAnythingIsCreated() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class, () -> new JobFromConfig(
                "mnist_tf_sample", "sample", "bad name", null, null, null, null).toSpec(client));

        assertThat(e.problems()).singleElement().asString().startsWith("job_name 'bad name' is not valid");
    }
}
