package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed-000 sample requests (copied verbatim from the vendor page) and the request-level rules.
 * The config rules are in {@link TrainingJobConfigRulesTest}.
 */
class CreateTrainingJobRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"sample", "customImage", "volumes"})
    void vendorSampleRequestsRoundTripToTheSameJson(String sample) throws Exception {
        JsonNode wire = Fixtures.json(getClass(), sample);

        CreateTrainingJobRequest request = Fixtures.read(getClass(), sample, CreateTrainingJobRequest.class);

        assertThat(Fixtures.tree(request)).isEqualTo(wire);
        assertThat(request.unknownFields()).isEmpty();
        assertThat(request.config().unknownFields()).isEmpty();
    }

    @Test
    void readsEveryFieldOfTheFirstSample() {
        CreateTrainingJobRequest request = Fixtures.read(getClass(), "sample", CreateTrainingJobRequest.class);

        assertThat(request.jobName()).isEqualTo("TestModelArtsJob");
        assertThat(request.jobDesc()).isEqualTo("This is a ModelArts job");
        assertThat(request.workspaceId()).isEqualTo("af261af2218841ec960b01ab3cf1a5fa");
        TrainingJobConfig config = request.config();
        assertThat(config.workerServerNum()).isEqualTo(1);
        assertThat(config.parameter()).containsExactly(Parameter.of("learning_rate", "0.01"), Parameter.of("batch_size", "32"));
        assertThat(config.datasetId()).isEqualTo("38277e62-9e59-48f4-8d89-c8cf41622c24");
        assertThat(config.datasetVersionId()).isEqualTo("2ff0d6ba-c480-45ae-be41-09a8369bfc90");
        assertThat(config.specId()).isEqualTo(1L);
        assertThat(config.engineId()).isEqualTo(1L);
        assertThat(config.modelId()).isEqualTo(1L);
        assertThat(config.poolId()).isEqualTo("testpool");
        assertThat(config.trainUrl()).isEqualTo("/usr/train/");
        assertThat(config.logUrl()).isEqualTo("/usr/log/");
    }

    @Test
    void readsVolumesOfBothKinds() {
        TrainingJobConfig config = Fixtures.read(getClass(), "volumes", CreateTrainingJobRequest.class).config();

        assertThat(config.volumes()).containsExactly(
                Volume.nfs("43b37236-9afa-4855-8174-32254b9562e7", "192.168.8.150:/", "/home/work/nas", false),
                Volume.hostPath("/root/work", "/home/mind", false));
    }

    /**
     * The vendor's samples break the vendor's own rules: they set model_id together with app_url,
     * boot_file_url and engine_id, and spec_id together with pool_id. The rules win (DECISIONS D7).
     */
    @Test
    void vendorSampleRequestsAreRefusedForBreakingTheDocumentedExclusions() {
        CreateTrainingJobRequest request = Fixtures.read(getClass(), "sample", CreateTrainingJobRequest.class);

        assertThat(request.problems()).containsExactly(
                "config.spec_id and config.pool_id are both set: set exactly one (spec_id for the public pool,"
                        + " pool_id for a dedicated pool)",
                "config.app_url must be left out when config.model_id is set: a built-in algorithm brings its own code and engine",
                "config.boot_file_url must be left out when config.model_id is set: a built-in algorithm brings its own code and engine",
                "config.engine_id must be left out when config.model_id is set: a built-in algorithm brings its own code and engine");
    }

    @Test
    void vendorSampleBecomesValidOnceTheContradictionsAreRemoved() {
        CreateTrainingJobRequest sample = Fixtures.read(getClass(), "customImage", CreateTrainingJobRequest.class);

        CreateTrainingJobRequest fixed = sample.withConfig(sample.config().newBuilder().modelId(null).poolId(null).build());

        assertThat(fixed.problems()).isEmpty();
    }

    @Test
    void requestWithSeveralMistakesListsThemAll() {
        CreateTrainingJobRequest request = new CreateTrainingJobRequest("bad name!", "d".repeat(257), "  ",
                TrainingJobConfig.builder().workerServerNum(0).specId(1L).poolId("pool").build());

        RequestValidationException e = catchThrowableOfType(RequestValidationException.class, request::validate);

        assertThat(e.problems()).containsExactly(
                "job_name 'bad name!' is not valid: expected 1-64 letters, digits, '_' or '-'",
                "job_desc is 257 characters long: at most 256 are allowed",
                "workspace_id is blank: leave it out for the default workspace (0)",
                "config.worker_server_num is 0: expected at least 1",
                "config: no data source is set: set exactly one of data_url, dataset_id + dataset_version_id, or data_source",
                "config.spec_id and config.pool_id are both set: set exactly one (spec_id for the public pool,"
                        + " pool_id for a dedicated pool)",
                "config.app_url is required unless config.model_id is set: the code directory, /bucket/code/",
                "config.boot_file_url is required unless config.model_id is set: the boot file, /bucket/code/train.py");
        assertThat(e.getMessage()).startsWith("Training job request is not valid (8 problems):");
    }

    @Test
    void jobNameMustBePresentShortAndPlain() {
        assertThat(problemsWithName(null)).contains("job_name is required: 1-64 letters, digits, '_' or '-'");
        assertThat(problemsWithName("")).contains("job_name is required: 1-64 letters, digits, '_' or '-'");
        assertThat(problemsWithName("a".repeat(65))).contains("job_name is 65 characters long: expected 1-64 letters, digits, '_' or '-'");
        assertThat(problemsWithName("job.1")).contains("job_name 'job.1' is not valid: expected 1-64 letters, digits, '_' or '-'");
        assertThat(problemsWithName("a".repeat(64))).isEmpty();
        assertThat(problemsWithName("Job_name-42")).isEmpty();
    }

    @Test
    void configIsRequired() {
        assertThat(new CreateTrainingJobRequest("job", null, null, null).problems())
                .containsExactly("config is required: what to run, on which data and resources");
    }

    @Test
    void builderValidatesWhenBuilding() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
                () -> CreateTrainingJobRequest.builder().jobName("ok").config(TrainingJobConfigRulesTest.valid().build())
                        .jobDesc("x".repeat(300)).build());

        assertThat(e.problems()).containsExactly("job_desc is 300 characters long: at most 256 are allowed");
    }

    @Test
    void builderBuildsAValidRequestThatSerializesWithoutNulls() {
        CreateTrainingJobRequest request = CreateTrainingJobRequest.builder()
                .jobName("resnet-42")
                .config(TrainingJobConfig.builder()
                        .workerServerNum(1).specId(1L).engineId(1L)
                        .appUrl("/bucket/src/").bootFileUrl("/bucket/src/train.py")
                        .dataUrl("/bucket/data/").addParameter("lr", "0.1")
                        .build())
                .build();

        assertThat(Fixtures.tree(request)).isEqualTo(Fixtures.parse("""
                {"job_name": "resnet-42", "config": {"worker_server_num": 1, "app_url": "/bucket/src/",
                 "boot_file_url": "/bucket/src/train.py", "parameter": [{"label": "lr", "value": "0.1"}],
                 "data_url": "/bucket/data/", "spec_id": 1, "engine_id": 1}}
                """));
    }

    @Test
    void unknownFieldsOfASpecFileAreKeptAndSentBack() {
        JsonNode wire = Fixtures.parse("""
                {"job_name": "j", "future_flag": true, "config": {"worker_server_num": 2, "new_option": {"a": 1}}}
                """);

        CreateTrainingJobRequest request = Fixtures.convert(wire, CreateTrainingJobRequest.class);

        assertThat(request.unknownFields()).containsOnlyKeys("future_flag");
        assertThat(request.config().unknownFields()).containsOnlyKeys("new_option");
        assertThat(Fixtures.tree(request)).isEqualTo(wire);
        assertThat(Fixtures.tree(request.config().newBuilder().unknownField("x", TextNode.valueOf("y")).build()).path("x").asText())
                .isEqualTo("y");
    }

    private static List<String> problemsWithName(String name) {
        return new CreateTrainingJobRequest(name, null, null, TrainingJobConfigRulesTest.valid().build()).problems();
    }
}
