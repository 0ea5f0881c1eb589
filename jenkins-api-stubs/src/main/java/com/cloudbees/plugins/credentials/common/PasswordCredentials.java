// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/** The plugin-internal {@code @LegacyMixIn}/{@code @Recommended} annotations of the real type are dropped. */
public interface PasswordCredentials extends Credentials {
    @NonNull
    Secret getPassword();
}
