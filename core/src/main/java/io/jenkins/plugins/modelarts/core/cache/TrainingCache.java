package io.jenkins.plugins.modelarts.core.cache;

import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.TrainingJobList;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSummary;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The training cache: before a job is created, an earlier one that completed with the same
 * {@link TrainingFingerprint} (recorded in its description by {@link FingerprintMarker}) may be
 * returned instead, as a {@link ReusePolicy} allows. The job list is read newest first, at most
 * {@link #MAX_PAGES} pages of {@link #PAGE_SIZE}; a candidate is read again before it is trusted, and
 * only a job whose newest version completed is returned (failed, stopped or running ones never).
 * Only v1 jobs are looked up: the v1 list carries each job's description.
 */
public final class TrainingCache {
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 10;

    private final TrainingJobs jobs;
    private final Clock clock;

    public TrainingCache(TrainingJobs jobs, Clock clock) {
        this.jobs = Objects.requireNonNull(jobs, "jobs == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Whether earlier jobs of this spec can be found: v1 specs that create a version. */
    public static boolean supports(JobSpec spec) {
        return spec instanceof JobSpec.V1 && spec.createsVersion();
    }

    /** The spec to create when nothing is reused: its description ends with the fingerprint. */
    public static JobSpec marked(JobSpec spec) {
        if (!(spec instanceof JobSpec.V1 v1)) {
            return spec;
        }
        CreateTrainingJobRequest r = v1.request();
        String description = FingerprintMarker.describe(r.jobDesc(), TrainingFingerprint.of(spec));
        return new JobSpec.V1(new CreateTrainingJobRequest(r.jobName(), description, r.workspaceId(), r.config(), r.unknownFields()));
    }

    /** What a front end does before creating: the job to reuse, or the spec to create (marked when the policy reuses). */
    public Lookup lookup(JobSpec spec, ReusePolicy policy) {
        if (!policy.enabled()) {
            return new Lookup(null, spec, null);
        }
        if (!supports(spec)) {
            return new Lookup(null, spec, "reuse: only v1 jobs that create a version are looked up; creating a new job");
        }
        return find(spec, policy).map(r -> new Lookup(r, null, null)).orElseGet(() -> new Lookup(null, marked(spec), null));
    }

    /**
     * The outcome of {@link #lookup}: either {@code reused} or {@code toCreate} is set; {@code note}
     * says why the cache was not consulted, when it was asked to be.
     */
    public record Lookup(Reused reused, JobSpec toCreate, String note) {
        public boolean isReused() {
            return reused != null;
        }
    }

    /** The newest earlier job this policy allows returning instead of creating {@code spec}; empty for none. */
    public Optional<Reused> find(JobSpec spec, ReusePolicy policy) {
        Objects.requireNonNull(policy, "policy == null");
        if (!policy.enabled() || !supports(spec)) {
            return Optional.empty();
        }
        String fingerprint = TrainingFingerprint.of(spec);
        long oldest = policy.maxAge() == null ? Long.MIN_VALUE : clock.millis() - policy.maxAge().toMillis();
        String workspace = ((JobSpec.V1) spec).request().workspaceId();
        for (int page = 1; page <= MAX_PAGES; page++) {
            TrainingJobList list = jobs.client().jobsV1().list(ListTrainingJobsQuery.builder().perPage(PAGE_SIZE).page(page)
                    .sortBy("create_time").order("desc").workspaceId(workspace).build());
            for (TrainingJobSummary job : list.jobs()) {
                long created = job.createTime() == null ? 0 : job.createTime();
                if (created < oldest) {
                    return Optional.empty(); // newest first: everything after is older still
                }
                Optional<Reused> reused = candidate(job, fingerprint, created);
                if (reused.isPresent()) {
                    return reused;
                }
            }
            if (list.jobs().size() < PAGE_SIZE) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<Reused> candidate(TrainingJobSummary job, String fingerprint, long created) {
        boolean matches = job.jobId() != null && job.versionId() != null
                && FingerprintMarker.fingerprintIn(job.jobDesc()).filter(fingerprint::equals).isPresent()
                && JobState.ofV1(job.status()) == JobState.COMPLETED;
        if (!matches) {
            return Optional.empty();
        }
        JobSnapshot snapshot = jobs.read(JobRef.v1(job.jobId(), job.versionId()));
        return snapshot.state() == JobState.COMPLETED ? Optional.of(new Reused(snapshot, fingerprint, created)) : Optional.empty();
    }
}
