package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.StepResults;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code modelartsJob(id: '3faf5c03-...')}: one job's details now (v2 job details, seed 004; or a v1
 * job's version), as a map with {@code status}, {@code state}, {@code terminal} and the whole answer
 * under {@code detail}, in the API's own field names.
 */
public class JobStep extends ModelArtsStep {
    public static final String FUNCTION = "modelartsJob";

    private final JobTarget job;

    @DataBoundConstructor
    @CapturedParameterNames("id")
    public JobStep(String id) {
        this.job = JobTarget.id(id);
    }

    public String getId() {
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
            JobSnapshot snapshot = new TrainingJobs(client).read(ref);
            Map<String, Object> value = StepResults.of(snapshot);
            value.put("detail", StepResults.plain(snapshot.detail()));
            log().println("ModelArts " + snapshot.ref() + ": " + snapshot.statusName());
            return value;
        }

        @Override
        protected String describe() {
            return "reading ModelArts " + ref;
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
            return "Read a ModelArts training job's details";
        }
    }
}
