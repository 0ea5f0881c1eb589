// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * {@link #start()} throws here (core runs {@link #run()} on a thread pool under the caller's authentication); unit
 * tests call {@code run()} directly.
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {

    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public void onResume() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public @NonNull String getStatus() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public boolean blocksRestart() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
