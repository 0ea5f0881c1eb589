// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.Collection;
import java.util.concurrent.Future;

/** What {@link BodyInvoker#start()} returns; the deprecated {@code cancel} overloads are not declared. */
public abstract class BodyExecution implements Future<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    public abstract Collection<StepExecution> getCurrentExecutions();

    public boolean cancel(Throwable t) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
