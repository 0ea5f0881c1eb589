package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersionList;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.StepResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code modelartsVersions(jobId: '10')}: every version of a v1 training job (all pages), newest
 * first, each a map with {@code versionId}, {@code versionName}, {@code status}, {@code state},
 * {@code durationMillis}, {@code metrics} and {@code systemMetrics}, and the list's top-level
 * {@code jobName}, {@code jobDesc} and {@code versionCount}.
 */
public class VersionsStep extends ModelArtsStep {
    public static final String FUNCTION = "modelartsVersions";

    private final JobTarget job;

    @DataBoundConstructor
    @CapturedParameterNames("jobId")
    public VersionsStep(String jobId) {
        this.job = JobTarget.jobId(jobId);
    }

    public String getJobId() {
        return job.id();
    }

    @Override
    protected String functionName() {
        return FUNCTION;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        Connection connection = connection(context);
        return new Execution(context, connection, job.v1JobId(this, "only v1 jobs have versions (use modelartsJob)"));
    }

    static final class Execution extends CallExecution {
        private static final long serialVersionUID = 1L;
        private final long jobId;

        Execution(StepContext context, Connection connection, long jobId) {
            super(context, connection);
            this.jobId = jobId;
        }

        @Override
        protected Object call(ModelArtsClient client) {
            TrainingJobVersionList list = client.jobsV1().versionList(jobId);
            List<Map<String, Object>> versions = new ArrayList<>();
            for (TrainingJobVersion v : list.versions()) {
                Map<String, Object> row = StepResults.of(jobId, v);
                // list items carry no job_name: the list's top level has it, and the description and count
                row.put("jobName", v.jobName() != null ? v.jobName() : list.jobName());
                row.put("jobDesc", list.jobDesc());
                row.put("versionCount", list.versionCount());
                versions.add(row);
            }
            log().println("ModelArts job " + jobId + " has " + versions.size() + " version(s)");
            return versions;
        }

        @Override
        protected String describe() {
            return "listing the versions of ModelArts job " + jobId;
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
            return "List the versions of a ModelArts training job";
        }
    }
}
