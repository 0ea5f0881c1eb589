package io.jenkins.plugins.modelarts.core.job;

import io.jenkins.plugins.modelarts.client.CreateResult;
import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.client.model.V1Status;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The operations a front end needs on one job, the same for v1 and v2 jobs: submit a spec, resolve
 * a reference, read a status snapshot, stop. A thin layer over {@link ModelArtsClient}, which does
 * the retrying; this class decides nothing about waiting (see {@link JobWaiter}).
 */
public final class TrainingJobs {
    private final ModelArtsClient client;

    public TrainingJobs(ModelArtsClient client) {
        this.client = Objects.requireNonNull(client, "client == null");
    }

    public ModelArtsClient client() {
        return client;
    }

    /** These operations with every call (retries, backoff, create lookups included) ending by {@code deadline}. */
    public TrainingJobs withDeadline(Deadline deadline) {
        return new TrainingJobs(client.withDeadline(deadline));
    }

    /**
     * Creates the job a spec describes and returns the first snapshot (state as the create reported
     * it). The client re-attaches after an ambiguous failure; a create whose outcome stays unknown is
     * a {@code CreateOutcomeUnknownException} naming the job. A v1 job created without a version
     * ({@code create_version: false}) gets a reference without one, resolved when first read.
     */
    public JobSnapshot submit(JobSpec spec) {
        return submission(spec).snapshot();
    }

    /**
     * {@link #submit} telling whether the job was found by name after the create's answer was lost
     * or unusable, rather than created by an answered create.
     */
    public Submission submission(JobSpec spec) {
        if (spec instanceof JobSpec.V1 v1) {
            CreateResult<CreateTrainingJobResponse> result = client.jobsV1().submit(v1.request());
            CreateTrainingJobResponse created = result.job();
            V1Status status = new V1Status(created.status());
            JobRef ref = new JobRef(JobRef.Api.V1, Long.toString(created.jobId()), created.versionId());
            return new Submission(new JobSnapshot(ref, status.state(), status.toString(), null, created), result.foundByName());
        }
        CreateResult<TrainingJob> result = client.jobsV2().submit(((JobSpec.V2) spec).body());
        return new Submission(snapshotOf(JobRef.v2(result.job().metadata().id()), result.job()), result.foundByName());
    }

    /**
     * The job a spec's name already belongs to, if any: for re-attaching when a retried or resumed
     * submission finds its name taken (v1: the job's newest version).
     */
    public java.util.Optional<JobSnapshot> findExisting(JobSpec spec) {
        if (spec instanceof JobSpec.V1) {
            return client.jobsV1().findByName(spec.jobName()).map(summary -> summary.versionId() == null
                    // created without a version (create_version false): nothing to read yet
                    ? new JobSnapshot(new JobRef(JobRef.Api.V1, Long.toString(summary.jobId()), null),
                            new V1Status(summary.status()).state(), new V1Status(summary.status()).toString(), null, summary)
                    : read(JobRef.v1(summary.jobId(), summary.versionId())));
        }
        return client.jobsV2().findByName(spec.jobName()).map(job -> snapshotOf(JobRef.v2(job.id()), job));
    }

    /** A v1 reference without a version gets the job's newest version; others come back unchanged. */
    public JobRef resolve(JobRef ref) {
        if (ref.api() == JobRef.Api.V2 || ref.hasVersion()) {
            return ref;
        }
        List<TrainingJobVersion> versions = client.jobsV1().allVersions(ref.v1JobId());
        return versions.stream()
                .map(TrainingJobVersion::versionId)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(ref::withVersion)
                .orElseThrow(() -> new IllegalArgumentException(ref + " has no versions (created with create_version false?):"
                        + " nothing runs until a version is created"));
    }

    /** One status read: v1 version detail or v2 job detail. */
    public JobSnapshot read(JobRef ref) {
        JobRef resolved = resolve(ref);
        if (resolved.api() == JobRef.Api.V1) {
            TrainingJobVersion version = client.jobsV1().version(resolved.v1JobId(), resolved.versionId());
            return snapshotOf(resolved, version);
        }
        return snapshotOf(resolved, client.jobsV2().get(resolved.jobId()));
    }

    /** Asks ModelArts to stop the job (v1 version stop, v2 terminate). Stopping is asynchronous. */
    public void stop(JobRef ref) {
        JobRef resolved = resolve(ref);
        if (resolved.api() == JobRef.Api.V1) {
            client.jobsV1().stop(resolved.v1JobId(), resolved.versionId());
        } else {
            client.jobsV2().terminate(resolved.jobId());
        }
    }

    /**
     * Stops a job unless it has already ended: the one decision behind the {@code modelartsStopJob}
     * step and {@code modelarts stop}, so that stopping an ended job is never an error. ModelArts refuses
     * to stop an ended job (v1 {@code ModelArts.0105} "This job can't be stop", v2 {@code ModelArts.2813}
     * "can not be terminated in phase …"); a job that ends between the read and the stop gets that
     * refusal, so a refused stop is followed by one more read, and only a job that still has not ended
     * makes the refusal an error.
     */
    public StopOutcome stopUnlessEnded(JobRef ref) {
        JobSnapshot before = read(ref);
        if (before.isTerminal()) {
            return new StopOutcome(before, true);
        }
        try {
            stop(before.ref());
        } catch (ApiException refused) {
            JobSnapshot now = read(before.ref());
            if (now.isTerminal()) {
                return new StopOutcome(now, true);
            }
            throw refused;
        }
        return new StopOutcome(read(before.ref()), false);
    }

    /** A snapshot of what a v1 version read said. */
    public static JobSnapshot snapshotOf(JobRef ref, TrainingJobVersion version) {
        V1Status status = new V1Status(version.status());
        return new JobSnapshot(ref, status.state(), status.toString(), version.duration(), version);
    }

    /** A snapshot of what a v2 job read said. */
    public static JobSnapshot snapshotOf(JobRef ref, TrainingJob job) {
        String phase = job.status() == null ? null : job.status().phase();
        JobState state = JobState.ofV2(phase);
        Long duration = job.status() == null ? null : job.status().duration();
        return new JobSnapshot(ref, state, phase == null ? "unknown" : phase, duration, job);
    }
}
