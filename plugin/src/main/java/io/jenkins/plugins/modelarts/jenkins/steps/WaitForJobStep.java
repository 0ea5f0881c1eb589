package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code modelartsWaitForJob}: waits until a job (v1 job id with optional version, or v2 job id)
 * ends, without holding an executor, and returns its final state with parsed metrics. A failed,
 * stopped or lost job fails the step with a clear message, or only marks the build UNSTABLE.
 *
 * <pre>{@code
 * def result = modelartsWaitForJob(jobId: job.jobId, versionId: job.versionId, timeout: 120)
 * echo "accuracy ${result.metrics.accuracy}"
 * }</pre>
 */
public class WaitForJobStep extends WaitingStep {
    public static final String FUNCTION = "modelartsWaitForJob";

    private final JobTarget job;

    @DataBoundConstructor
    @CapturedParameterNames("jobId")
    public WaitForJobStep(String jobId) {
        this.job = JobTarget.jobId(jobId);
    }

    public String getJobId() {
        return job.id();
    }

    public Long getVersionId() {
        return job.versionId();
    }

    /** v1 only; without it the job's newest version is waited for. */
    @DataBoundSetter
    public void setVersionId(Long versionId) {
        job.versionId(versionId);
    }

    @Override
    protected String functionName() {
        return FUNCTION;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        var connection = connection(context);
        JobRef ref = job.ref(this);
        check(waitProblems());
        return new JobWaitExecution(context, connection, ref, waitSettings());
    }

    @Extension
    public static class DescriptorImpl extends ModelArtsStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Wait for a ModelArts training job (without holding an executor)";
        }
    }
}
