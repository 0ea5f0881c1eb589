package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.GateSettings;
import io.jenkins.plugins.modelarts.jenkins.wait.JobCompletion;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code modelartsGate}: the MLOps release gate on a finished job's metrics: rules such as
 * {@code accuracy >= 0.92} or {@code recall[cat] >= 0.8}, and a comparison with a baseline (the last
 * successful build's job, or a given job) allowing {@code maxRegression}. Fails the build, or marks it
 * UNSTABLE, when a rule fails; publishes the verdict in the build's report and as JUnit XML; returns
 * the job's result map with {@code gate} (outcome, summary, every rule's value).
 *
 * <pre>{@code
 * modelartsGate(jobId: job.jobId, versionId: job.versionId,
 *               require: ['accuracy >= 0.92', 'recall >= 0.85'], baseline: 'lastSuccessfulBuild')
 * }</pre>
 */
public class GateStep extends GatingStep {
    public static final String FUNCTION = "modelartsGate";

    private final JobTarget job;

    @DataBoundConstructor
    @CapturedParameterNames("jobId")
    public GateStep(String jobId) {
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
        JobRef ref = job.ref(this);
        GateSettings gate = gateSettings();
        List<String> problems = new ArrayList<>(gate.problems());
        if (!gate.isEnabled()) {
            problems.add("nothing to check: give 'require' rules, a 'baseline', or both");
        }
        check(problems);
        return new Execution(context, connection, ref, gate);
    }

    static final class Execution extends CallExecution {
        private static final long serialVersionUID = 1L;
        private final JobRef ref;
        private final GateSettings gate;

        Execution(StepContext context, Connection connection, JobRef ref, GateSettings gate) {
            super(context, connection);
            this.ref = ref;
            this.gate = gate;
        }

        @Override
        protected Object call(ModelArtsClient client) throws Exception {
            JobCompletion.Verdict verdict = JobCompletion.of(run(), listener(), client, runtime().clients(), connection,
                    runtime().artifacts()).gateEndedJob(ref, gate);
            if (verdict.result() != null) {
                getContext().setResult(verdict.result());
            }
            if (verdict.failed()) {
                throw JobCompletion.failure(verdict);
            }
            return verdict.value();
        }

        @Override
        protected String describe() {
            return "evaluating the release gate on ModelArts " + ref;
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
            return "ModelArts release gate: check a finished job's metrics";
        }
    }
}
