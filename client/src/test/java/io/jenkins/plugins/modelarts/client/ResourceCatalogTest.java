package io.jenkins.plugins.modelarts.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.model.AiEngine;
import io.jenkins.plugins.modelarts.client.model.BuiltInAlgorithm;
import io.jenkins.plugins.modelarts.client.model.ResourceSpec;
import io.jenkins.plugins.modelarts.client.model.TrainingJobFlavor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request lines and answer decoding of {@link ResourceCatalog}, against a recording transport. */
class ResourceCatalogTest {
    private final RecordingApiTransport transport = new RecordingApiTransport();
    private final ResourceCatalog catalog = new ModelArtsClient(transport).catalog();

    @Test
    void resourceSpecsAsksForTrainingFlavorsAndReadsMaxNum() {
        transport.enqueue("""
                {"is_success": true, "spec_total_count": 1, "specs": [{"spec_id": 7, "spec_code": "modelarts.vm.cpu.2u",
                 "core": "2", "cpu": 8, "gpu_num": 0, "max_num": 3, "no_resource": false, "storage": "/cache"}]}""");

        List<ResourceSpec> specs = catalog.resourceSpecs();

        assertThat(RecordingApiTransport.line(transport.only()))
                .isEqualTo("GET /v1/{project_id}/job/resource-specs?job_type=train");
        assertThat(specs).singleElement().satisfies(s -> {
            assertThat(s.specId()).isEqualTo(7L);
            assertThat(s.specCode()).isEqualTo("modelarts.vm.cpu.2u");
            assertThat(s.cpu()).isEqualTo("8");
            assertThat(s.maxNum()).isEqualTo(3);
            assertThat(s.unknownFields()).containsKey("storage");
        });
    }

    @Test
    void trainingJobFlavorsReadsIdNameMaxNumAndTypeAndKeepsTheRest() {
        transport.enqueue("""
                {"total_count": 1, "flavors": [{"flavor_id": "modelarts.vm.cpu.8u", "flavor_name": "CPU: 8 vCPUs 32GB",
                 "max_num": "4", "flavor_type": "CPU", "billing": {"code": "modelarts.vm.cpu.8u", "unit_num": 1},
                 "flavor_info": {"max_num": 4}, "attributes": {"k": "v"}, "pool_id": "pool-1", "sold_out": false}]}""");

        List<TrainingJobFlavor> flavors = catalog.trainingJobFlavors();

        assertThat(RecordingApiTransport.line(transport.only())).isEqualTo("GET /v2/{project_id}/training-job-flavors");
        assertThat(flavors).singleElement().satisfies(f -> {
            assertThat(f.flavorId()).isEqualTo("modelarts.vm.cpu.8u");
            assertThat(f.flavorName()).isEqualTo("CPU: 8 vCPUs 32GB");
            assertThat(f.maxNum()).isEqualTo(4); // sent as a string
            assertThat(f.flavorType()).isEqualTo("CPU");
            assertThat(f.unknownFields()).containsOnlyKeys("billing", "flavor_info", "attributes", "pool_id", "sold_out");
            assertThat(f.unknownFields().get("attributes").path("k").asText()).isEqualTo("v");
        });
    }

    @Test
    void trainingJobFlavorsOfOneTypeAskWithFlavorType() {
        transport.enqueue("{\"total_count\": 0}");

        assertThat(catalog.trainingJobFlavors("Ascend")).isEmpty();
        assertThat(RecordingApiTransport.line(transport.only()))
                .isEqualTo("GET /v2/{project_id}/training-job-flavors?flavor_type=Ascend");
    }

    @Test
    void aiEnginesReadsNameAndVersion() {
        transport.enqueue("""
                {"is_success": true, "engines": [{"engine_id": 4, "engine_name": "PyTorch", "engine_version": "PyTorch-1.0.0-python3.6"}]}""");

        List<AiEngine> engines = catalog.aiEngines();

        assertThat(RecordingApiTransport.line(transport.only())).isEqualTo("GET /v1/{project_id}/job/ai-engines?job_type=train");
        assertThat(engines).extracting(AiEngine::engineId, AiEngine::engineName, AiEngine::engineVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "PyTorch", "PyTorch-1.0.0-python3.6"));
    }

    @Test
    void builtInAlgorithmsReadsModelNames() {
        transport.enqueue("{\"is_success\": true, \"model_total_count\": 1, \"models\": [{\"model_id\": 21, \"model_name\": \"ResNet_v1_50\"}]}");

        List<BuiltInAlgorithm> models = catalog.builtInAlgorithms();

        assertThat(RecordingApiTransport.line(transport.only())).isEqualTo("GET /v1/{project_id}/built-in-algorithms");
        assertThat(models).extracting(BuiltInAlgorithm::modelName).containsExactly("ResNet_v1_50");
        assertThat(models.get(0).modelId()).isEqualTo(21L);
    }

    @Test
    void aMissingListIsEmpty() {
        transport.enqueue("{\"is_success\": true}");

        assertThat(catalog.aiEngines()).isEmpty();
    }
}
