// Stub of org.jenkins-ci.plugins:credentials 1453.v9b_a_29777a_b_fd — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** The nested {@code CQL} interface is not declared. */
public interface CredentialsMatcher extends Serializable {
    boolean matches(@NonNull Credentials item);
}
