package io.jenkins.plugins.modelarts.client;

import io.jenkins.plugins.modelarts.client.model.AiEngine;
import io.jenkins.plugins.modelarts.client.model.BuiltInAlgorithm;
import io.jenkins.plugins.modelarts.client.model.ResourceCatalogLists;
import io.jenkins.plugins.modelarts.client.model.ResourceSpec;
import io.jenkins.plugins.modelarts.client.model.TrainingJobFlavor;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.util.List;
import java.util.Objects;

/**
 * What a training job can run on and with: the v1 resource flavors ({@code spec_id}), the AI engines
 * ({@code engine_id}), the built-in algorithms ({@code model_id}) and the v2 training job flavors
 * ({@code spec.resource.flavor_id}). Get it from
 * {@link ModelArtsClient#catalog()}. The SDK's names for these (a flavor code, a framework type and
 * version, a model name) are resolved against these lists; the calls are read-only and retried.
 */
public final class ResourceCatalog {
    private final ApiTransport transport;

    ResourceCatalog(ApiTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport == null");
    }

    /** {@code GET /v1/{project_id}/job/resource-specs?job_type=train}. */
    public List<ResourceSpec> resourceSpecs() {
        ApiRequest call = ApiRequest.get(ApiFamily.V1, "job", "resource-specs").query("job_type", "train").build();
        return Responses.decode(call, transport.execute(call), ResourceCatalogLists.Specs.class).specs();
    }

    /** {@code GET /v1/{project_id}/job/ai-engines?job_type=train}. */
    public List<AiEngine> aiEngines() {
        ApiRequest call = ApiRequest.get(ApiFamily.V1, "job", "ai-engines").query("job_type", "train").build();
        return Responses.decode(call, transport.execute(call), ResourceCatalogLists.Engines.class).engines();
    }

    /** {@code GET /v1/{project_id}/built-in-algorithms}. */
    public List<BuiltInAlgorithm> builtInAlgorithms() {
        ApiRequest call = ApiRequest.get(ApiFamily.V1, "built-in-algorithms").build();
        return Responses.decode(call, transport.execute(call), ResourceCatalogLists.Algorithms.class).models();
    }

    /** {@code GET /v2/{project_id}/training-job-flavors}: every flavor of the public pools. */
    public List<TrainingJobFlavor> trainingJobFlavors() {
        return trainingJobFlavors(ApiRequest.get(ApiFamily.V2, "training-job-flavors").build());
    }

    /** {@code GET /v2/{project_id}/training-job-flavors?flavor_type=TYPE}: {@code CPU}, {@code GPU} or {@code Ascend}. */
    public List<TrainingJobFlavor> trainingJobFlavors(String flavorType) {
        Objects.requireNonNull(flavorType, "flavorType == null");
        return trainingJobFlavors(ApiRequest.get(ApiFamily.V2, "training-job-flavors").query("flavor_type", flavorType).build());
    }

    private List<TrainingJobFlavor> trainingJobFlavors(ApiRequest call) {
        return Responses.decode(call, transport.execute(call), ResourceCatalogLists.Flavors.class).flavors();
    }
}
