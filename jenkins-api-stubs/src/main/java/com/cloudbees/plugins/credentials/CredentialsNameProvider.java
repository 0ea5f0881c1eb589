// Stub of org.jenkins-ci.plugins:credentials 1453.v9b_a_29777a_b_fd — compile-only; see docs/jenkins-compatibility.md
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
