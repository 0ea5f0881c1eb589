package io.jenkins.plugins.modelarts.core.job;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one training job run to read, wait for or stop: a v1 job version ({@code jobId} and
 * {@code versionId}, both longs on the wire) or a v2 job (a UUID). Small and serializable, so a
 * Jenkins step can persist it and re-attach after a restart; it holds no credentials.
 *
 * <p>A v1 reference may lack its version ({@link #versionId()} null): {@link TrainingJobs#resolve} fills in
 * the newest version before anything is read.
 */
public record JobRef(Api api, String jobId, Long versionId) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern V1_ID = Pattern.compile("[0-9]{1,19}");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern V2_ID = Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    /** The API generation a job belongs to; v1 and v2 jobs cannot be addressed with each other's paths. */
    public enum Api {
        V1,
        V2
    }

    public JobRef {
        Objects.requireNonNull(api, "api == null");
        Objects.requireNonNull(jobId, "jobId == null");
        if (api == Api.V2 && versionId != null) {
            throw new IllegalArgumentException("v2 jobs have no version id");
        }
    }

    public static JobRef v1(long jobId, long versionId) {
        return new JobRef(Api.V1, Long.toString(jobId), versionId);
    }

    public static JobRef v2(String trainingJobId) {
        return new JobRef(Api.V2, trainingJobId, null);
    }

    /**
     * Reads a job id as a user typed it: digits are a v1 job (with {@code version}, or the newest
     * version when null), a UUID is a v2 job (which takes no version).
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static JobRef parse(String job, Long version) {
        String id = job == null ? "" : job.trim();
        if (ALL_DIGITS.matcher(id).matches() && !fitsALong(id)) {
            throw new IllegalArgumentException("'" + id + "' is too large for a v1 job id (at most " + Long.MAX_VALUE + ")");
        }
        if (V1_ID.matcher(id).matches()) {
            if (version != null && version <= 0) {
                throw new IllegalArgumentException("version must be a positive number, got " + version);
            }
            return new JobRef(Api.V1, id, version);
        }
        if (V2_ID.matcher(id).matches()) {
            if (version != null) {
                throw new IllegalArgumentException(
                        "job " + id + " is a v2 training job (a UUID); v2 jobs have no versions, drop the version");
            }
            return v2(id.toLowerCase(java.util.Locale.ROOT));
        }
        throw new IllegalArgumentException("'" + job + "' is not a job id: expected a v1 job id (digits, e.g. 10)"
                + " or a v2 training job id (a UUID, e.g. 3faf5c03-aaa1-4cbe-879d-24b05d997347)");
    }

    private static boolean fitsALong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public long v1JobId() {
        requireApi(Api.V1);
        return Long.parseLong(jobId);
    }

    public boolean hasVersion() {
        return versionId != null;
    }

    public JobRef withVersion(long version) {
        requireApi(Api.V1);
        return new JobRef(Api.V1, jobId, version);
    }

    private void requireApi(Api expected) {
        if (api != expected) {
            throw new IllegalStateException(this + " is not a " + expected + " job");
        }
    }

    /** For people: {@code job 10 version 12} or {@code job 3faf5c03-…}. */
    @Override
    public String toString() {
        return api == Api.V1
                ? "job " + jobId + (versionId == null ? "" : " version " + versionId)
                : "job " + jobId;
    }

    /**
     * Serialized through a plain class: Jenkins keeps waiting steps in its Pipeline program (JBoss
     * Marshalling) and actions in XStream XML, and neither can rebuild a record by itself.
     */
    private Object writeReplace() {
        return new Serialized(api, jobId, versionId);
    }

    private static final class Serialized implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Api api;
        private final String jobId;
        private final Long versionId;

        Serialized(Api api, String jobId, Long versionId) {
            this.api = api;
            this.jobId = jobId;
            this.versionId = versionId;
        }

        private Object readResolve() {
            return new JobRef(api, jobId, versionId);
        }
    }
}
