package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One flavor of {@code GET /v2/{project_id}/training-job-flavors}: its {@code flavor_id} (what a v2
 * job's {@code spec.resource.flavor_id} takes, e.g. {@code modelarts.vm.gpu.p100}), its
 * {@code flavor_name}, {@code max_num} (the most nodes a job on it may ask for) and
 * {@code flavor_type} ({@code CPU}, {@code GPU} or {@code Ascend}). {@code billing},
 * {@code flavor_info}, {@code attributes}, {@code pool_id} and anything newer are kept in
 * {@link #unknownFields()}. The list has no sold-out field, unlike the v1 resource specs.
 */
public record TrainingJobFlavor(
        String flavorId,
        String flavorName,
        Integer maxNum,
        String flavorType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public TrainingJobFlavor {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }
}
