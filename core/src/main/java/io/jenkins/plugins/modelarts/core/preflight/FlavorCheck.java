package io.jenkins.plugins.modelarts.core.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.model.ResourceSpec;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.client.model.TrainingJobFlavor;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The flavor a request asks for. v1: {@code spec_id} must be listed in the resource specs, not sold
 * out ({@code no_resource}), and {@code worker_server_num} at most its {@code max_num}. v2:
 * {@code spec.resource.flavor_id} must be listed in the training job flavors (which have no sold-out
 * field) and {@code node_count} at most its {@code max_num}. A dedicated pool, and a v2 flavor on
 * one (the list holds the public pools' flavors), are reported as not checked. A list that cannot be
 * read makes its checks unchecked, never a failure.
 */
final class FlavorCheck {
    static final String POOL_NOT_CHECKED = "a dedicated pool: its capacity is not checked";
    static final String POOL_FLAVOR_NOT_CHECKED = "a dedicated pool's flavor: only the public pools' flavors are listed";
    /** How many offered flavors a missing v2 flavor's detail names. */
    static final int OFFERED_SHOWN = 10;

    private final Supplier<List<ResourceSpec>> v1Flavors;
    private final Supplier<List<TrainingJobFlavor>> v2Flavors;
    private final String unavailable;

    /**
     * @param v1Flavors the resource specs, or null when they cannot be read ({@code unavailable} says why)
     * @param v2Flavors the training job flavors, or null when they cannot be read (as above)
     */
    FlavorCheck(Supplier<List<ResourceSpec>> v1Flavors, Supplier<List<TrainingJobFlavor>> v2Flavors, String unavailable) {
        this.v1Flavors = v1Flavors;
        this.v2Flavors = v2Flavors;
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
        boolean onPool = resource.path("pool_id").isTextual();
        if (resource.path("flavor_id").isTextual()) {
            String flavorId = resource.path("flavor_id").asText();
            if (onPool) {
                out.add(new PreflightCheck("spec.resource.flavor_id", flavorId, CheckResult.UNCHECKED, POOL_FLAVOR_NOT_CHECKED));
            } else {
                JsonNode nodes = resource.path("node_count");
                v2Flavor(flavorId, nodes.isIntegralNumber() && nodes.canConvertToInt() ? nodes.asInt() : null, out);
            }
        }
        if (onPool) {
            out.add(new PreflightCheck("spec.resource.pool_id", resource.path("pool_id").asText(), CheckResult.UNCHECKED,
                    POOL_NOT_CHECKED));
        }
        return out;
    }

    private void v1Flavor(long specId, Integer workers, List<PreflightCheck> out) {
        String id = String.valueOf(specId);
        List<ResourceSpec> specs = read(v1Flavors, "the resource specs", "config.spec_id", id, out);
        if (specs == null) {
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
            out.add(withinMaxNum("config.worker_server_num", workers, code, flavor.maxNum(), "workers"));
        }
    }

    private void v2Flavor(String flavorId, Integer nodes, List<PreflightCheck> out) {
        List<TrainingJobFlavor> flavors = read(v2Flavors, "the training job flavors", "spec.resource.flavor_id", flavorId, out);
        if (flavors == null) {
            return;
        }
        TrainingJobFlavor flavor = flavors.stream().filter(f -> flavorId.equals(f.flavorId())).findFirst().orElse(null);
        if (flavor == null) {
            out.add(new PreflightCheck("spec.resource.flavor_id", flavorId, CheckResult.MISSING,
                    "flavor " + flavorId + " is not offered here; offered: " + offered(flavors)));
            return;
        }
        out.add(new PreflightCheck("spec.resource.flavor_id", flavorId, CheckResult.OK, flavorId + " is offered"));
        if (nodes != null && flavor.maxNum() != null) {
            out.add(withinMaxNum("spec.resource.node_count", nodes, flavorId, flavor.maxNum(), "nodes"));
        }
    }

    /** The list, or null after adding the unchecked line that says why it could not be had. */
    private <T> List<T> read(Supplier<List<T>> source, String list, String what, String path, List<PreflightCheck> out) {
        if (source == null) {
            out.add(new PreflightCheck(what, path, CheckResult.UNCHECKED, unavailable));
            return null;
        }
        try {
            return source.get();
        } catch (RuntimeException e) { // a failed read is a reason not to check, never a failure
            out.add(new PreflightCheck(what, path, CheckResult.UNCHECKED, "could not read " + list + ": " + ConsoleText.errorMessage(e)));
            return null;
        }
    }

    private static PreflightCheck withinMaxNum(String what, int asked, String flavor, int maxNum, String unit) {
        boolean fits = asked <= maxNum;
        return new PreflightCheck(what, String.valueOf(asked), fits ? CheckResult.OK : CheckResult.MISSING,
                (fits ? "within " : "more than ") + flavor + "'s max_num of " + maxNum + " " + unit);
    }

    /** The first {@link #OFFERED_SHOWN} flavor ids, and how many there are when that is not all. */
    private static String offered(List<TrainingJobFlavor> flavors) {
        if (flavors.isEmpty()) {
            return "none";
        }
        String shown = flavors.stream().limit(OFFERED_SHOWN).map(TrainingJobFlavor::flavorId).collect(Collectors.joining(", "));
        return flavors.size() > OFFERED_SHOWN ? shown + ", … (" + flavors.size() + " in all)" : shown;
    }
}
