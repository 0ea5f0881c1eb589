package io.jenkins.plugins.modelarts.core.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.model.ResourceSpec;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The flavor a request asks for. v1: {@code spec_id} must be listed in the resource specs, not sold
 * out ({@code no_resource}), and {@code worker_server_num} at most its {@code max_num}. A dedicated
 * pool, and v2 flavors (the client has no v2 flavor API), are reported as not checked.
 */
final class FlavorCheck {
    static final String V2_NOT_CHECKED = "v2 flavors are not checked: the client has no v2 flavor API";
    static final String POOL_NOT_CHECKED = "a dedicated pool: its capacity is not checked";

    private final Supplier<List<ResourceSpec>> flavors;
    private final String unavailable;

    /** @param flavors the resource specs, or null when they cannot be read ({@code unavailable} says why) */
    FlavorCheck(Supplier<List<ResourceSpec>> flavors, String unavailable) {
        this.flavors = flavors;
        this.unavailable = unavailable;
    }

    List<PreflightCheck> check(JobSpec spec) {
        List<PreflightCheck> out = new ArrayList<>();
        if (spec instanceof JobSpec.V1 v1) {
            TrainingJobConfig c = v1.request().config();
            if (c != null && c.specId() != null) {
                v1Flavor(c.specId(), c.workerServerNum(), out);
            } else if (c != null && c.poolId() != null) {
                out.add(new PreflightCheck("config.pool_id", c.poolId(), CheckResult.UNCHECKED, POOL_NOT_CHECKED));
            }
            return out;
        }
        JsonNode resource = spec.requestBody().path("spec").path("resource");
        if (resource.path("flavor_id").isTextual()) {
            out.add(new PreflightCheck("spec.resource.flavor_id", resource.path("flavor_id").asText(), CheckResult.UNCHECKED,
                    V2_NOT_CHECKED));
        }
        if (resource.path("pool_id").isTextual()) {
            out.add(new PreflightCheck("spec.resource.pool_id", resource.path("pool_id").asText(), CheckResult.UNCHECKED,
                    POOL_NOT_CHECKED));
        }
        return out;
    }

    private void v1Flavor(long specId, Integer workers, List<PreflightCheck> out) {
        String id = String.valueOf(specId);
        if (flavors == null) {
            out.add(new PreflightCheck("config.spec_id", id, CheckResult.UNCHECKED, unavailable));
            return;
        }
        List<ResourceSpec> specs;
        try {
            specs = flavors.get();
        } catch (RuntimeException e) { // a failed read is a reason not to check, never a failure
            out.add(new PreflightCheck("config.spec_id", id, CheckResult.UNCHECKED,
                    "could not read the resource specs: " + ConsoleText.errorMessage(e)));
            return;
        }
        ResourceSpec flavor = specs.stream().filter(s -> Objects.equals(s.specId(), specId)).findFirst().orElse(null);
        if (flavor == null) {
            out.add(new PreflightCheck("config.spec_id", id, CheckResult.MISSING,
                    "no flavor with this spec_id in the resource specs (" + specs.size() + " listed)"));
            return;
        }
        String code = flavor.specCode() == null ? "spec " + id : flavor.specCode();
        out.add(Boolean.TRUE.equals(flavor.noResource())
                ? new PreflightCheck("config.spec_id", id, CheckResult.MISSING, code + " is sold out (no_resource)")
                : new PreflightCheck("config.spec_id", id, CheckResult.OK, code + " is available"));
        if (workers != null && flavor.maxNum() != null) {
            boolean fits = workers <= flavor.maxNum();
            out.add(new PreflightCheck("config.worker_server_num", String.valueOf(workers),
                    fits ? CheckResult.OK : CheckResult.MISSING,
                    (fits ? "within " : "more than ") + code + "'s max_num of " + flavor.maxNum() + " workers"));
        }
    }
}
