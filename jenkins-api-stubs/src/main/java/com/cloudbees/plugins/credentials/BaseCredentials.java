// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Real package is {@code com.cloudbees.plugins.credentials} (not {@code .impl}). The real class is
 * {@code @ExportedBean} (runtime-only; dropped). {@link #getScope()} returns the constructor's value.
 */
public class BaseCredentials implements Credentials {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private final CredentialsScope scope;

    protected BaseCredentials() {
        this.scope = null;
    }

    public BaseCredentials(@CheckForNull CredentialsScope scope) {
        this.scope = scope;
    }

    @Override
    @CheckForNull
    public CredentialsScope getScope() {
        return scope;
    }

    @Override
    @NonNull
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
