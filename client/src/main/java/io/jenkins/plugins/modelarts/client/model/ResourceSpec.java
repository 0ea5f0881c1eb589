package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One flavor of {@code GET /v1/{project_id}/job/resource-specs?job_type=train}: its {@code spec_id}
 * (what a job's {@code spec_id} takes), its {@code spec_code} (the name the SDK's
 * {@code train_instance_type} uses, e.g. {@code modelarts.vm.gpu.p100}) and {@code max_num}, the
 * most workers a job on it may ask for.
 */
public record ResourceSpec(
        Long specId,
        String specCode,
        String core,
        String cpu,
        Integer gpuNum,
        String gpuType,
        Integer maxNum,
        Integer unitNum,
        Boolean noResource,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ResourceSpec {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
