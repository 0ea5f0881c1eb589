package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.console.ConsoleLogFilter;
import io.jenkins.plugins.modelarts.jenkins.block.BlockEnvironment;
import io.jenkins.plugins.modelarts.jenkins.block.BlockSecretsFilter;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionScope;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code withModelArts(credentialsId: …, region: …, projectId: …, endpoint: …) { … }}: one connection
 * for every ModelArts step in the body (a step's own settings still win), and for {@code sh}/{@code bat}
 * the variables the {@code modelarts} command line reads, its secrets masked in the console. Nested
 * blocks combine field by field ({@link ConnectionScope#within}). Needs no executor; the body's
 * context (connection names, never secrets) is saved with the Pipeline, so after a restart the body's
 * steps still use the block's connection.
 */
public class WithModelArtsStep extends ModelArtsStep {
    public static final String FUNCTION = "withModelArts";

    @DataBoundConstructor
    public WithModelArtsStep() {
    }

    @Override
    protected String functionName() {
        return FUNCTION;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        ConnectionScope scope = new ConnectionScope(getEndpoint(), getRegion(), getProjectId(), getCredentialsId())
                .within(context.get(ConnectionScope.class));
        Connection connection = Connection.resolve(ModelArtsRuntime.get().defaults(), scope, null, null, null, null);
        check(connection.problems());
        return new Execution(context, scope, connection);
    }

    /** Starts the body with the block's connection, environment and masking; ends with the body. */
    static final class Execution extends StepExecution {
        private static final long serialVersionUID = 1L;

        private final ConnectionScope scope;
        private final Connection connection;

        Execution(StepContext context, ConnectionScope scope, Connection connection) {
            super(context);
            this.scope = scope;
            this.connection = connection;
        }

        @Override
        public boolean start() throws Exception {
            StepContext context = getContext();
            context.get(hudson.model.TaskListener.class).getLogger().println("ModelArts connection for this block: "
                    + connection.explain() + "; $" + String.join(", $", BlockEnvironment.secretVariables())
                    + " are masked in the log");
            context.newBodyInvoker()
                    .withContexts(scope,
                            new BlockEnvironment(context.get(EnvironmentExpander.class), context, connection),
                            new BlockSecretsFilter(context.get(ConsoleLogFilter.class), context, connection))
                    .withCallback(new BodyEnd())
                    .start();
            return false;
        }

        ConnectionScope scope() {
            return scope;
        }
    }

    /** The block ends as its body does, with the body's value or failure. */
    static final class BodyEnd extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;

        @Override
        public void onSuccess(StepContext context, Object result) {
            context.onSuccess(result);
        }

        @Override
        public void onFailure(StepContext context, Throwable t) {
            context.onFailure(t);
        }
    }

    @Extension
    @Symbol(FUNCTION)
    public static class DescriptorImpl extends ModelArtsStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Use one ModelArts connection for the steps in the block";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        @Override
        public Set<? extends Class<?>> getProvidedContext() {
            return Set.of(ConnectionScope.class, EnvironmentExpander.class, ConsoleLogFilter.class);
        }
    }
}
