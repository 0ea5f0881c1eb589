package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.StopOutcome;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.StepResults;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code modelartsStopJob(jobId: '10', versionId: 3)}: stops a running job (v1 version stop, v2
 * terminate) and returns its state after the stop was accepted. Stopping a job that already ended is
 * not an error.
 */
public class StopJobStep extends ModelArtsStep {
    public static final String FUNCTION = "modelartsStopJob";

    private final JobTarget job;

    @DataBoundConstructor
    @CapturedParameterNames("jobId")
    public StopJobStep(String jobId) {
        this.job = JobTarget.jobId(jobId);
    }

    public String getJobId() {
        return job.id();
    }

    public Long getVersionId() {
        return job.versionId();
    }

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
        Connection connection = connection(context);
        return new Execution(context, connection, job.ref(this));
    }

    static final class Execution extends CallExecution {
        private static final long serialVersionUID = 1L;
        private final JobRef ref;

        Execution(StepContext context, Connection connection, JobRef ref) {
            super(context, connection);
            this.ref = ref;
        }

        @Override
        protected Object call(ModelArtsClient client) {
            StopOutcome outcome = new TrainingJobs(client).stopUnlessEnded(ref);
            JobSnapshot job = outcome.job();
            log().println(ConsoleText.safe(outcome.alreadyEnded()
                    ? "ModelArts " + job.ref() + " already ended (" + job.statusName() + ")"
                    : "Stopped ModelArts " + job.ref() + " (now " + job.statusName() + ")"));
            return StepResults.of(job);
        }

        @Override
        protected String describe() {
            return "stopping ModelArts " + ref;
        }
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
            return "Stop a ModelArts training job";
        }
    }
}
