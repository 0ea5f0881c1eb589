// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Run;
import java.io.Serializable;

public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
    @CheckForNull
    CredentialsScope getScope();

    @NonNull
    @Override
    CredentialsDescriptor getDescriptor();

    @NonNull
    default Credentials forRun(@NonNull Run<?, ?> context) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
