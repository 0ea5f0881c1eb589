package io.jenkins.plugins.modelarts.core.preflight;

import io.jenkins.plugins.modelarts.client.ResourceCatalog;
import io.jenkins.plugins.modelarts.client.model.ResourceSpec;
import io.jenkins.plugins.modelarts.client.model.TrainingJobFlavor;
import io.jenkins.plugins.modelarts.core.logs.ObjectPresence;
import io.jenkins.plugins.modelarts.core.logs.ObsAccessException;
import io.jenkins.plugins.modelarts.core.logs.ObsPath;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The pre-flight: before a training job is created, checks that what its request points to exists,
 * one {@link PreflightCheck} per thing. OBS: a data or code folder must have something under it (one
 * listing of at most two keys, never the whole folder), the boot file must exist (its metadata), an
 * output or log location needs only its bucket (the job writes it). The flavor: see
 * {@link FlavorCheck}. A definite absence is {@link CheckResult#MISSING}; anything that prevents an
 * answer (403, the network, no OBS access) is {@link CheckResult#UNCHECKED} with the reason, never an
 * error. The CLI's {@code train --dry-run}/{@code --preflight} and the train step's {@code preflight}
 * run it.
 *
 * <pre>{@code
 * PreflightReport report = Preflight.builder().obs(obsSource).flavors(client.catalog()).build().check(spec);
 * }</pre>
 */
public final class Preflight {
    /** How an unchecked OBS detail starts when OBS could not be reached: the later OBS checks are not tried. */
    static final String UNREACHABLE = "OBS unreachable (the later OBS checks are skipped): ";
    private final ObjectPresence obs;
    private final String noObs;
    private final FlavorCheck flavors;

    private Preflight(Builder b) {
        this.obs = b.obs;
        this.noObs = b.noObs;
        this.flavors = new FlavorCheck(b.flavors, b.v2Flavors, b.noFlavors);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A pre-flight that can check nothing: every check is unchecked, with {@code reason} (no connection). */
    public static Preflight unavailable(String reason) {
        return builder().obsUnavailable(reason).flavorsUnavailable(reason).build();
    }

    /** Checks every OBS location and the flavor of {@code spec}'s request. */
    public PreflightReport check(JobSpec spec) {
        List<PreflightCheck> checks = new ArrayList<>();
        Map<String, Boolean> buckets = new HashMap<>();
        String unreachable = null; // once OBS could not be reached, why: the later OBS checks are not tried
        for (ObsTarget target : ObsTarget.of(spec)) {
            if (unreachable != null) {
                checks.add(result(target, CheckResult.UNCHECKED, unreachable));
                continue;
            }
            try {
                checks.add(probe(target, buckets));
            } catch (ObsAccessException e) { // 403, the network: a warning, never a failure
                String why = ConsoleText.errorMessage(e);
                if (e.unreachable()) {
                    unreachable = UNREACHABLE + why;
                }
                checks.add(result(target, CheckResult.UNCHECKED, e.unreachable() ? unreachable : why));
            } catch (RuntimeException e) { // a path OBS cannot take, the OBS client's own failures
                checks.add(result(target, CheckResult.UNCHECKED, ConsoleText.errorMessage(e)));
            }
        }
        checks.addAll(flavors.check(spec));
        return new PreflightReport(checks);
    }

    /** One OBS location's check; OBS's own failures are thrown, for {@link #check} to report. */
    private PreflightCheck probe(ObsTarget t, Map<String, Boolean> buckets) {
        if (obs == null) {
            return result(t, CheckResult.UNCHECKED, noObs);
        }
        ObsPath location = ObsPath.parse(t.path());
        String bucket = location.bucket();
        String key = asWritten(t.path(), location);
        return switch (t.kind()) {
            case FOLDER -> obs.anyUnder(bucket, key)
                    ? result(t, CheckResult.OK, "objects found under obs://" + bucket + "/" + key)
                    : missing(t, bucket, "nothing under obs://" + bucket + "/" + key, buckets);
            case OBJECT -> obs.objectExists(bucket, key)
                    ? result(t, CheckResult.OK, "the object exists")
                    : missing(t, bucket, "no object obs://" + bucket + "/" + key, buckets);
            case BUCKET -> bucketExists(bucket, buckets)
                    ? result(t, CheckResult.OK, "bucket " + bucket + " exists (the job writes here)")
                    : result(t, CheckResult.MISSING, "bucket " + bucket + " does not exist");
        };
    }

    /** A missing folder or object, saying so when its whole bucket is absent. */
    private PreflightCheck missing(ObsTarget t, String bucket, String detail, Map<String, Boolean> buckets) {
        boolean bucketAbsent;
        try {
            bucketAbsent = !bucketExists(bucket, buckets);
        } catch (RuntimeException e) {
            bucketAbsent = false; // the absence itself was definite; only the detail is not known
        }
        return result(t, CheckResult.MISSING, bucketAbsent ? "bucket " + bucket + " does not exist" : detail);
    }

    private boolean bucketExists(String bucket, Map<String, Boolean> buckets) {
        Boolean known = buckets.get(bucket);
        if (known == null) {
            known = obs.bucketExists(bucket);
            buckets.put(bucket, known);
        }
        return known;
    }

    /** The key or prefix as the request writes it: {@code data/} for a folder, {@code data} as a prefix, {@code a/train.py}. */
    private static String asWritten(String path, ObsPath location) {
        String prefix = location.prefix();
        return path.strip().endsWith("/") || prefix.isEmpty() ? prefix : prefix.substring(0, prefix.length() - 1);
    }

    private static PreflightCheck result(ObsTarget t, CheckResult result, String detail) {
        return new PreflightCheck(t.what(), t.path(), result, detail);
    }

    /** Where the pre-flight looks; what it cannot reach is given as a reason instead. */
    public static final class Builder {
        private ObjectPresence obs;
        private String noObs = "no OBS access was configured";
        private Supplier<List<ResourceSpec>> flavors;
        private Supplier<List<TrainingJobFlavor>> v2Flavors;
        private String noFlavors = "the flavors cannot be read without a ModelArts connection";

        private Builder() {}

        public Builder obs(ObjectPresence obs) {
            this.obs = Objects.requireNonNull(obs, "obs == null");
            return this;
        }

        /** OBS cannot be asked (no endpoint, no AK/SK): each OBS check is unchecked with this reason. */
        public Builder obsUnavailable(String reason) {
            this.obs = null;
            this.noObs = Objects.requireNonNull(reason, "reason == null");
            return this;
        }

        /**
         * The v1 flavors ({@code GET /v1/{project_id}/job/resource-specs}) and the v2 flavors
         * ({@code GET /v2/{project_id}/training-job-flavors}): the one a spec's API needs is read once per check.
         */
        public Builder flavors(ResourceCatalog catalog) {
            Objects.requireNonNull(catalog, "catalog == null");
            return flavors(catalog::resourceSpecs).v2Flavors(catalog::trainingJobFlavors);
        }

        /** The v1 flavors only (a v2 flavor stays unchecked unless {@link #v2Flavors} is given too). */
        public Builder flavors(Supplier<List<ResourceSpec>> flavors) {
            this.flavors = Objects.requireNonNull(flavors, "flavors == null");
            return this;
        }

        /** The v2 flavors only (see {@link #flavors(Supplier)}). */
        public Builder v2Flavors(Supplier<List<TrainingJobFlavor>> flavors) {
            this.v2Flavors = Objects.requireNonNull(flavors, "flavors == null");
            return this;
        }

        /** Neither flavor list can be read: a flavor check is unchecked with this reason. */
        public Builder flavorsUnavailable(String reason) {
            this.flavors = null;
            this.v2Flavors = null;
            this.noFlavors = Objects.requireNonNull(reason, "reason == null");
            return this;
        }

        public Preflight build() {
            return new Preflight(this);
        }
    }
}
