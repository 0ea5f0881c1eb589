// Stub of org.jenkins-ci.plugins:credentials 1453.v9b_a_29777a_b_fd — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    private static final long serialVersionUID = 1L;

    @Override
    @NonNull
    protected String describe(@NonNull StandardCredentials c) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
