// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

/**
 * Behaves like the real exception, except that {@link #getMessage()} cannot list the steps providing the missing
 * context (there is no extension list), and {@link #getProviders()} throws.
 */
public class MissingContextVariableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final @NonNull Class<?> type;

    private final @CheckForNull String functionName;

    @Deprecated
    public MissingContextVariableException(@NonNull Class<?> type) {
        this(type, null);
    }

    public MissingContextVariableException(@NonNull Class<?> type, @CheckForNull StepDescriptor d) {
        this.type = type;
        functionName = d != null ? d.getFunctionName() : null;
    }

    public Class<?> getType() {
        return type;
    }

    @Override
    public String getMessage() {
        return "Required context " + type + " is missing";
    }

    public @NonNull List<StepDescriptor> getProviders() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
