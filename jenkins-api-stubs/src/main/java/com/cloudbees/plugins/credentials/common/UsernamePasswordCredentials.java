// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import edu.umd.cs.findbugs.annotations.NonNull;

/** The plugin-internal {@code @LegacyMixIn}/{@code @Recommended} annotations of the real type are dropped. */
@NameWith(value = UsernamePasswordCredentials.NameProvider.class, priority = 1)
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
    class NameProvider extends CredentialsNameProvider<UsernamePasswordCredentials> {
        @NonNull
        @Override
        public String getName(@NonNull UsernamePasswordCredentials credentials) {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }
    }
}
