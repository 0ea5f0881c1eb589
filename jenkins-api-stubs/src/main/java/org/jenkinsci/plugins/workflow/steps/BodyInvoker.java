// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;

/**
 * The abstract members (a block step's execution calls them; a test's fake body invoker implements them) and the
 * {@code withContexts} conveniences. {@code withCallback(FutureCallback)} and the static {@code mergeConsoleLogFilters}
 * / {@code mergeLauncherDecorators} are not declared: the plugin composes its filter and expander itself.
 */
public abstract class BodyInvoker {
    public abstract BodyInvoker withContext(Object override);

    public BodyInvoker withContexts(Object... overrides) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public BodyInvoker withContexts(Collection<?> overrides) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public abstract BodyInvoker withDisplayName(@NonNull String name);

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public abstract BodyExecution start();
}
