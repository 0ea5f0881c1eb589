// Stub of org.jenkins-ci.plugins:credentials 1453.v9b_a_29777a_b_fd — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;
import org.jenkins.ui.icon.IconSpec;

/** Stapler/Jelly helper members are not declared. */
public abstract class CredentialsDescriptor extends Descriptor<Credentials> implements IconSpec {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        super(clazz);
    }

    protected CredentialsDescriptor() {
    }

    public String getCredentialsPage() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public String getIconClassName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean isApplicable(CredentialsProvider provider) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
