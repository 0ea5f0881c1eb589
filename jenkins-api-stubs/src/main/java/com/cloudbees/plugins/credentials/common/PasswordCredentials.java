// Stub of org.jenkins-ci.plugins:credentials 1453.v9b_a_29777a_b_fd — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/** The plugin-internal {@code @LegacyMixIn}/{@code @Recommended} annotations of the real type are dropped. */
public interface PasswordCredentials extends Credentials {
    @NonNull
    Secret getPassword();
}
