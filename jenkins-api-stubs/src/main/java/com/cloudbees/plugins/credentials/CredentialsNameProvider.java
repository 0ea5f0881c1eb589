// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class CredentialsNameProvider<C extends Credentials> {
    @NonNull
    public static String name(@NonNull Credentials credentials) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public abstract String getName(@NonNull C credentials);
}
