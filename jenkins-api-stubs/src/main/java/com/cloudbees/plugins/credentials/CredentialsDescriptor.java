// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
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
