package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientLease;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * The common ground of the ModelArts step executions: HTTP work runs on the runtime's worker threads
 * (never on the CPS thread), the step ends exactly once however polls, timeouts, aborts and resumes
 * race, and client errors end it with a clean {@link AbortException} message instead of a stack
 * trace. Persists only the {@link Connection} (names, never secrets) besides what subclasses add.
 */
public abstract class ModelArtsExecution extends StepExecution {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ModelArtsExecution.class.getName());

    protected final Connection connection;
    private transient volatile boolean finished;

    protected ModelArtsExecution(StepContext context, Connection connection) {
        super(context);
        this.connection = connection;
    }

    /** Work that may call ModelArts; exceptions end the step. */
    @FunctionalInterface
    protected interface Work {
        void run() throws Exception;
    }

    protected final ModelArtsRuntime runtime() {
        return ModelArtsRuntime.get();
    }

    /**
     * Runs {@code work} on the runtime's I/O pool unless the step has ended; a throw fails the step.
     * Once Jenkins is shutting down nothing new starts, and work interrupted by the shutdown ends
     * without ending the step: Pipeline resumes it after the restart ({@code onResume}).
     */
    protected final void inBackground(Work work) {
        ModelArtsRuntime runtime = runtime();
        try {
            runtime.io().execute(() -> {
                if (finished || runtime.isShuttingDown()) {
                    return;
                }
                try {
                    work.run();
                } catch (Throwable t) {
                    if (runtime.isShuttingDown()) {
                        LOG.log(Level.FINE, "Interrupted by the shutdown; the step resumes after the restart", t);
                        return;
                    }
                    fail(t);
                }
            });
        } catch (RejectedExecutionException e) {
            if (!runtime.isShuttingDown()) {
                fail(e);
            }
        }
    }

    /** The build's console, or a sink when the context has none (a build being torn down). */
    protected final TaskListener listener() {
        try {
            TaskListener listener = getContext().get(TaskListener.class);
            if (listener != null) {
                return listener;
            }
        } catch (IOException | InterruptedException e) {
            LOG.log(Level.FINE, "no listener", e);
        }
        return Discard.LISTENER;
    }

    protected final PrintStream log() {
        return listener().getLogger();
    }

    protected final Run<?, ?> run() throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        if (run == null) {
            throw new IllegalStateException("no build in the step context");
        }
        return run;
    }

    /** A client for this step's connection, on loan: close the lease when the calls are done. */
    protected final ClientLease lease() throws IOException, InterruptedException {
        return runtime().clients().lease(connection, run());
    }

    /** Ends the step with a value; false when it had already ended. */
    protected final boolean succeed(Object value) {
        if (!claim()) {
            return false;
        }
        getContext().onSuccess(value);
        return true;
    }

    /** Ends the step with a failure (client errors as clean messages); false when it had already ended. */
    protected final boolean fail(Throwable failure) {
        if (!claim()) {
            return false;
        }
        getContext().onFailure(polite(failure, connection));
        return true;
    }

    protected final boolean isFinished() {
        return finished;
    }

    private synchronized boolean claim() {
        if (finished) {
            return false;
        }
        finished = true;
        onFinished();
        return true;
    }

    /** Cancels whatever the subclass scheduled; called once, when the step ends. */
    protected void onFinished() {}

    /**
     * ModelArts errors and bad input become {@link AbortException}s: "ERROR: message", no stack trace.
     * A failure that may come from the connection itself (refused credentials or permissions, an
     * endpoint that cannot be reached) also says which connection was used and where each of its
     * settings came from (the step, {@code withModelArts}, the global configuration).
     */
    static Throwable polite(Throwable t, Connection connection) {
        if (t instanceof ModelArtsException || t instanceof IllegalArgumentException) {
            String message = ConsoleText.errorMessage(t);
            if (connection != null && aboutTheConnection(t)) {
                message += " (connection: " + connection.explain() + ")";
            }
            AbortException abort = new AbortException(message);
            abort.initCause(t);
            return abort;
        }
        return t;
    }

    private static boolean aboutTheConnection(Throwable t) {
        return t instanceof TransportException
                || (t instanceof ApiException api && (api.isAuthenticationFailure() || api.httpStatus() == 403));
    }

    /** Where output goes when there is no console. */
    static final class Discard implements TaskListener {
        private static final long serialVersionUID = 1L;
        static final TaskListener LISTENER = new Discard();

        @Override
        public PrintStream getLogger() {
            return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        }
    }
}
