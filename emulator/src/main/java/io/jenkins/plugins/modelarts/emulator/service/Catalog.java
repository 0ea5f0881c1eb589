package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The emulator's fixed catalog: the training flavors ({@code resource-specs}, each with its
 * {@code max_num} of workers; one sold out, {@code no_resource}), the AI engines ({@code ai-engines}) and the built-in algorithms
 * ({@code built-in-algorithms}). Jobs and configurations must name entries of it, as on the cloud.
 * The v2 flavors ({@code training-job-flavors}) are the v1 ones by {@code spec_code}, plus
 * {@code modelarts.vm.cpu.8u} and an Ascend flavor; v2 creates do not check them.
 */
public final class Catalog {
    private static final ArrayNode SPECS = array("""
            [{"spec_id": 1, "core": "2", "cpu": "8", "gpu_num": 1, "gpu_type": "P100", "spec_code": "modelarts.vm.gpu.p100",
              "max_num": 5, "unit_num": 1, "no_resource": false},
             {"spec_id": 2, "core": "2", "cpu": "8", "gpu_num": 0, "gpu_type": "", "spec_code": "modelarts.vm.cpu.2u",
              "max_num": 2, "unit_num": 1, "no_resource": false},
             {"spec_id": 3, "core": "8", "cpu": "64", "gpu_num": 8, "gpu_type": "V100", "spec_code": "modelarts.vm.gpu.8v100",
              "max_num": 8, "unit_num": 1, "no_resource": false},
             {"spec_id": 4, "core": "4", "cpu": "32", "gpu_num": 4, "gpu_type": "V100", "spec_code": "modelarts.vm.gpu.4v100",
              "max_num": 4, "unit_num": 1, "no_resource": true}]""");
    private static final List<String> FLAVOR_TYPES = List.of("CPU", "GPU", "Ascend");
    private static final ArrayNode V2_FLAVORS = array("""
            [{"flavor_id": "modelarts.vm.gpu.p100", "flavor_name": "GPU: 1*NVIDIA-P100(16GB) | CPU: 8 vCPUs 64GB", "max_num": 5,
              "flavor_type": "GPU", "billing": {"code": "modelarts.vm.gpu.p100", "unit_num": 1},
              "flavor_info": {"max_num": 5, "cpu": {"arch": "x86", "core_num": 8}, "gpu": {"unit_num": 1, "product_name": "NVIDIA-P100",
              "memory": "16GB"}, "memory": {"size": 64, "unit": "GB"}}, "attributes": {}},
             {"flavor_id": "modelarts.vm.cpu.2u", "flavor_name": "CPU: 2 vCPUs 8GB", "max_num": 2, "flavor_type": "CPU",
              "billing": {"code": "modelarts.vm.cpu.2u", "unit_num": 1},
              "flavor_info": {"max_num": 2, "cpu": {"arch": "x86", "core_num": 2}, "memory": {"size": 8, "unit": "GB"}}, "attributes": {}},
             {"flavor_id": "modelarts.vm.cpu.8u", "flavor_name": "CPU: 8 vCPUs 32GB", "max_num": 4, "flavor_type": "CPU",
              "billing": {"code": "modelarts.vm.cpu.8u", "unit_num": 1},
              "flavor_info": {"max_num": 4, "cpu": {"arch": "x86", "core_num": 8}, "memory": {"size": 32, "unit": "GB"}}, "attributes": {}},
             {"flavor_id": "modelarts.vm.gpu.8v100", "flavor_name": "GPU: 8*NVIDIA-V100(32GB) | CPU: 64 vCPUs 512GB", "max_num": 8,
              "flavor_type": "GPU", "billing": {"code": "modelarts.vm.gpu.8v100", "unit_num": 1},
              "flavor_info": {"max_num": 8, "cpu": {"arch": "x86", "core_num": 64}, "gpu": {"unit_num": 8, "product_name": "NVIDIA-V100",
              "memory": "32GB"}, "memory": {"size": 512, "unit": "GB"}}, "attributes": {}},
             {"flavor_id": "modelarts.vm.gpu.4v100", "flavor_name": "GPU: 4*NVIDIA-V100(32GB) | CPU: 32 vCPUs 256GB", "max_num": 4,
              "flavor_type": "GPU", "billing": {"code": "modelarts.vm.gpu.4v100", "unit_num": 1},
              "flavor_info": {"max_num": 4, "cpu": {"arch": "x86", "core_num": 32}, "gpu": {"unit_num": 4, "product_name": "NVIDIA-V100",
              "memory": "32GB"}, "memory": {"size": 256, "unit": "GB"}}, "attributes": {}},
             {"flavor_id": "modelarts.kat1.xlarge", "flavor_name": "Ascend: 1*Ascend 910(32GB) | ARM: 24 vCPUs 96GB", "max_num": 1,
              "flavor_type": "Ascend", "billing": {"code": "modelarts.kat1.xlarge", "unit_num": 1},
              "flavor_info": {"max_num": 1, "cpu": {"arch": "arm", "core_num": 24}, "npu": {"unit_num": "1", "product_name": "Ascend-910",
              "memory": "32GB"}, "memory": {"size": 96, "unit": "GB"}}, "attributes": {}}]""");
    private static final ArrayNode ENGINES = array("""
            [{"engine_id": 1, "engine_name": "TensorFlow", "engine_version": "TF-1.8.0-python3.6", "v1_compatible": true},
             {"engine_id": 2, "engine_name": "TensorFlow", "engine_version": "TF-2.1.0-python3.6", "v1_compatible": true},
             {"engine_id": 3, "engine_name": "PyTorch", "engine_version": "PyTorch-1.0.0-python3.6", "v1_compatible": true},
             {"engine_id": 4, "engine_name": "MXNet", "engine_version": "MXNet-1.2.1-python3.6", "v1_compatible": true}]""");
    private static final ArrayNode ALGORITHMS = array("""
            [{"model_id": 1, "model_name": "ResNet_v1_50", "model_usage": "image classification",
              "model_description": "ResNet-50 image classification", "engine_id": 1, "engine_name": "TensorFlow",
              "engine_version": "TF-1.8.0-python3.6"},
             {"model_id": 2, "model_name": "YOLO_v3", "model_usage": "object detection",
              "model_description": "YOLOv3 object detection", "engine_id": 4, "engine_name": "MXNet",
              "engine_version": "MXNet-1.2.1-python3.6"}]""");

    private Catalog() {}

    /** {@code GET /v1/{pid}/job/resource-specs}. */
    public static ObjectNode specsAnswer() {
        ObjectNode out = answer();
        out.put("spec_total_count", SPECS.size());
        out.set("specs", SPECS.deepCopy());
        return out;
    }

    /** {@code GET /v1/{pid}/job/ai-engines}. */
    public static ObjectNode enginesAnswer() {
        ObjectNode out = answer();
        out.set("engines", ENGINES.deepCopy());
        return out;
    }

    /** {@code GET /v1/{pid}/built-in-algorithms}. */
    public static ObjectNode algorithmsAnswer() {
        ObjectNode out = answer();
        out.put("model_total_count", ALGORITHMS.size());
        out.set("models", ALGORITHMS.deepCopy());
        return out;
    }

    /**
     * {@code GET /v2/{pid}/training-job-flavors[?flavor_type=CPU|GPU|Ascend]}: the v2 flavors, those of
     * one type when {@code flavorType} is given; another type is {@code ModelArts.2788}.
     */
    public static ObjectNode v2FlavorsAnswer(String flavorType) {
        if (flavorType != null && !flavorType.isEmpty() && !FLAVOR_TYPES.contains(flavorType)) {
            throw EmulatorException.invalidV2("flavor_type must be one of " + String.join(", ", FLAVOR_TYPES) + ", not " + flavorType);
        }
        ArrayNode flavors = Samples.JSON.createArrayNode();
        for (JsonNode flavor : V2_FLAVORS) {
            if (flavorType == null || flavorType.isEmpty() || flavor.path("flavor_type").asText().equals(flavorType)) {
                flavors.add(flavor.deepCopy());
            }
        }
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("total_count", flavors.size());
        out.set("flavors", flavors);
        return out;
    }

    static Optional<JsonNode> spec(long specId) {
        return find(SPECS, "spec_id", specId);
    }

    static Optional<JsonNode> engine(long engineId) {
        return find(ENGINES, "engine_id", engineId);
    }

    static Optional<JsonNode> algorithm(long modelId) {
        return find(ALGORITHMS, "model_id", modelId);
    }

    private static Optional<JsonNode> find(ArrayNode list, String field, long id) {
        for (JsonNode item : list) {
            if (item.path(field).asLong() == id) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static ObjectNode answer() {
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("is_success", true);
        return out;
    }

    private static ArrayNode array(String json) {
        try {
            return (ArrayNode) Samples.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
