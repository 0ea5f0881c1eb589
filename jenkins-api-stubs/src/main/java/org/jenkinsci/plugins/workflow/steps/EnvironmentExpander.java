// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Set;

/**
 * A block's contribution to the environment of the steps in its body. {@code getSensitiveVariables} returns the empty
 * set, as in the real class; the static {@code merge}, {@code constant} and {@code getEffectiveEnvironment} are not
 * declared (the plugin's expander wraps the enclosing one itself).
 */
@SuppressWarnings("serial") // the real class declares no serialVersionUID either
public abstract class EnvironmentExpander implements Serializable {
    public abstract void expand(@NonNull EnvVars env) throws IOException, InterruptedException;

    public @NonNull Set<String> getSensitiveVariables() {
        return Collections.emptySet();
    }
}
