// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import hudson.model.Descriptor;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** The deprecated structs-based members ({@code newInstance}, {@code defineArguments}, {@code uninstantiate}) are not declared. */
public abstract class StepDescriptor extends Descriptor<Step> {

    public abstract Set<? extends Class<?>> getRequiredContext();

    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean isAdvanced() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean isMetaStep() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public final @Nullable Class<?> getMetaStepArgumentType() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public final void checkContextAvailability(StepContext c) throws MissingContextVariableException, IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static ExtensionList<StepDescriptor> all() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static @Nullable StepDescriptor byFunctionName(String name) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @CheckForNull
    public String argumentsToString(@NonNull Map<String, Object> namedArgs) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
