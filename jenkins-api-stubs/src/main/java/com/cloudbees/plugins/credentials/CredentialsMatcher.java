// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** The nested {@code CQL} interface is not declared. */
public interface CredentialsMatcher extends Serializable {
    boolean matches(@NonNull Credentials item);
}
