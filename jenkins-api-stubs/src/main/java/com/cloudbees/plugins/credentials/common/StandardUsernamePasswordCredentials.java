// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * The plugin-internal {@code @Recommended} annotation of the real type is dropped. As in the plugin, the nested
 * provider is typed on {@code StandardUsernameCredentials}.
 */
@NameWith(value = StandardUsernamePasswordCredentials.NameProvider.class, priority = 32)
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {
    class NameProvider extends CredentialsNameProvider<StandardUsernameCredentials> {
        @NonNull
        @Override
        public String getName(@NonNull StandardUsernameCredentials c) {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }
    }
}
