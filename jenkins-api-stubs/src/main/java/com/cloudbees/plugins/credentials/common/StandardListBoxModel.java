// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {

    @Override
    @NonNull
    protected String describe(@NonNull StandardCredentials c) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
