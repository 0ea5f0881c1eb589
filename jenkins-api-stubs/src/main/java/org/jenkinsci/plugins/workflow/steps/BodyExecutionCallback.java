// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/**
 * Told when a block's body ends. {@code onStart} does nothing, as in the real class; {@code wrap} and
 * {@code TailCall} (which carry behaviour) are not declared.
 */
public abstract class BodyExecutionCallback implements Serializable {
    private static final long serialVersionUID = 1L;

    public void onStart(StepContext context) {
    }

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);
}
