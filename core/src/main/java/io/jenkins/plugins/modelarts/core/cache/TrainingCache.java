package io.jenkins.plugins.modelarts.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSearchResult;
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
 * returned instead, as a {@link ReusePolicy} allows. v1: the job list of the spec's workspace, read
 * newest first, at most {@link #MAX_PAGES} pages of {@link #PAGE_SIZE}, and only a job whose newest
 * version completed. v2: the search of completed jobs, newest first, at most {@link #MAX_V2_PAGES}
 * pages of 50 (both carry each job's description). A candidate is read again before it is trusted;
 * failed, stopped or running jobs are never returned.
 */
public final class TrainingCache {
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 10;
    static final int MAX_V2_PAGES = 20;
    static final String V2_COMPLETED = "Completed";

    private final TrainingJobs jobs;
    private final Clock clock;

    public TrainingCache(TrainingJobs jobs, Clock clock) {
        this.jobs = Objects.requireNonNull(jobs, "jobs == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Whether earlier jobs of this spec can be found: v2 specs, and v1 specs that create a version. */
    public static boolean supports(JobSpec spec) {
        return spec instanceof JobSpec.V2 || (spec instanceof JobSpec.V1 && spec.createsVersion());
    }

    /** The spec to create when nothing is reused: its description ends with the fingerprint. */
    public static JobSpec marked(JobSpec spec) {
        String fingerprint = TrainingFingerprint.of(spec);
        if (spec instanceof JobSpec.V2 v2) {
            ObjectNode body = v2.body().deepCopy();
            ObjectNode metadata = body.path("metadata") instanceof ObjectNode m ? m : body.putObject("metadata");
            JsonNode own = metadata.get("description");
            metadata.put("description", FingerprintMarker.describe(own == null || own.isNull() ? null : own.asText(), fingerprint));
            return new JobSpec.V2(body);
        }
        if (!(spec instanceof JobSpec.V1 v1)) {
            return spec;
        }
        CreateTrainingJobRequest r = v1.request();
        String description = FingerprintMarker.describe(r.jobDesc(), fingerprint);
        return new JobSpec.V1(new CreateTrainingJobRequest(r.jobName(), description, r.workspaceId(), r.config(), r.unknownFields()));
    }

    /** What a front end does before creating: the job to reuse, or the spec to create (marked when the policy reuses). */
    public Lookup lookup(JobSpec spec, ReusePolicy policy) {
        if (!policy.enabled()) {
            return new Lookup(null, spec, null);
        }
        if (!supports(spec)) {
            return new Lookup(null, spec, "reuse: a job created without a version is never reused; creating a new job");
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
        if (spec instanceof JobSpec.V2) {
            return findV2(fingerprint, oldest);
        }
        String workspace = ((JobSpec.V1) spec).request().workspaceId();
        for (int page = 1; page <= MAX_PAGES; page++) {
            TrainingJobList list = jobs.client().jobsV1().list(ListTrainingJobsQuery.builder().perPage(PAGE_SIZE).page(page)
                    .sortBy("create_time").order("desc").workspaceId(workspace).build());
            for (TrainingJobSummary job : list.jobs()) {
                long created = job.createTime() == null ? 0 : job.createTime();
                if (created < oldest) {
                    return Optional.empty(); // newest first: everything after is older still
                }
                Optional<Reused> reused = candidate(job.jobId() == null || job.versionId() == null ? null
                        : JobRef.v1(job.jobId(), job.versionId()), job.jobDesc(),
                        JobState.ofV1(job.status()) == JobState.COMPLETED, fingerprint, created);
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

    /** The newest completed v2 job with this fingerprint created at or after {@code oldest}. */
    private Optional<Reused> findV2(String fingerprint, long oldest) {
        SearchTrainingJobsRequest search = SearchTrainingJobsRequest.builder().limit(SearchTrainingJobsRequest.MAX_LIMIT)
                .sortBy("create_time").order("desc").filter(SearchTrainingJobsRequest.Filter.in("phase", V2_COMPLETED)).build();
        for (int page = 0; page < MAX_V2_PAGES; page++) {
            TrainingJobSearchResult result = jobs.client().jobsV2().search(search.withOffset(page));
            for (TrainingJob job : result.items()) {
                long created = job.metadata() == null || job.metadata().createTime() == null ? 0 : job.metadata().createTime();
                if (created < oldest) {
                    return Optional.empty(); // newest first: everything after is older still
                }
                Optional<Reused> reused = candidate(job.id() == null ? null : JobRef.v2(job.id()),
                        job.metadata() == null ? null : job.metadata().description(),
                        JobState.ofV2(job.phase()) == JobState.COMPLETED, fingerprint, created);
                if (reused.isPresent()) {
                    return reused;
                }
            }
            if (result.items().size() < SearchTrainingJobsRequest.MAX_LIMIT) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * A listed job ({@code ref} null when the listing gave no id) whose description carries the
     * fingerprint and that was listed completed, read again: returned only if it is still completed.
     */
    private Optional<Reused> candidate(JobRef ref, String description, boolean listedCompleted, String fingerprint,
            long created) {
        if (ref == null || !listedCompleted || FingerprintMarker.fingerprintIn(description).filter(fingerprint::equals).isEmpty()) {
            return Optional.empty();
        }
        JobSnapshot snapshot = jobs.read(ref);
        return snapshot.state() == JobState.COMPLETED ? Optional.of(new Reused(snapshot, fingerprint, created)) : Optional.empty();
    }
}
