package io.jenkins.plugins.modelarts.jenkins.steps;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientLease;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A step that makes a few quick calls and returns their answer: run on a worker thread, never on the
 * CPS thread. The calls are reads or idempotent (stop), so after a controller restart the step simply
 * makes them again instead of failing as a synchronous non-blocking step would.
 */
public abstract class CallExecution extends ModelArtsExecution {
    private static final long serialVersionUID = 1L;

    protected CallExecution(StepContext context, Connection connection) {
        super(context, connection);
    }

    /** The calls; the returned value is the step's (plain maps, lists, strings and numbers). */
    protected abstract Object call(ModelArtsClient client) throws Exception;

    /** For the steps view: what is being called. */
    protected abstract String describe();

    @Override
    public boolean start() {
        inBackground(this::callAndEnd);
        return false;
    }

    @Override
    public void onResume() {
        if (!isFinished()) {
            inBackground(this::callAndEnd);
        }
    }

    private void callAndEnd() throws Exception {
        try (ClientLease lease = lease()) {
            succeed(call(lease.client()));
        }
    }

    @Override
    public void stop(Throwable cause) {
        fail(cause);
    }

    @Override
    public String getStatus() {
        return describe();
    }
}
