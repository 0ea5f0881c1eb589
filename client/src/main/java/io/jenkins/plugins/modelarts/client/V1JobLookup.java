package io.jenkins.plugins.modelarts.client;

import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.TrainingJobList;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSummary;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import java.util.Map;
import java.util.Optional;

/** Finds v1 jobs by exact name, and rebuilds a create answer for a job found that way. */
final class V1JobLookup {
    private static final int PAGE = 100;

    private final JobsV1 jobs;

    V1JobLookup(JobsV1 jobs) {
        this.jobs = jobs;
    }

    Optional<TrainingJobSummary> findByName(String jobName, String workspaceId) {
        Checks.of("Training job lookup").name("job_name", jobName).check();
        ListTrainingJobsQuery query = new ListTrainingJobsQuery(null, PAGE, 1, null, null, jobName, workspaceId);
        return new Paging<>(page -> jobs.list(query.withPage(page)), TrainingJobList::jobs,
                TrainingJobList::jobTotalCount, 1, 1)
                .find(job -> jobName.equals(job.jobName()));
    }

    /**
     * The answer a successful create of {@code jobName} would have given, if that job exists. The
     * version name and resource id come from the version detail; if that read fails they stay null
     * rather than failing a re-attach to a job that exists.
     */
    Optional<CreateTrainingJobResponse> reattach(String jobName, String workspaceId) {
        return findByName(jobName, workspaceId).map(job -> responseFor(job, versionOf(job)));
    }

    private TrainingJobVersion versionOf(TrainingJobSummary job) {
        if (job.jobId() == null || job.versionId() == null) {
            return null;
        }
        try {
            return jobs.version(job.jobId(), job.versionId());
        } catch (ModelArtsException e) {
            return null;
        }
    }

    static CreateTrainingJobResponse responseFor(TrainingJobSummary job, TrainingJobVersion version) {
        return new CreateTrainingJobResponse(true, null, null, job.jobId() == null ? 0 : job.jobId(), job.jobName(),
                version != null ? version.status() : job.status(), job.createTime(), job.versionId(),
                version == null ? null : version.versionName(), version == null ? null : version.resourceId(), Map.of());
    }
}
