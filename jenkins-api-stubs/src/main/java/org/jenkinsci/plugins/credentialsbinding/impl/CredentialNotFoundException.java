// Stub of org.jenkins-ci.plugins:credentials-binding 687.v619cb_15e923f — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.credentialsbinding.impl;

import hudson.AbortException;

/** Behaves like the real exception. */
public class CredentialNotFoundException extends AbortException {

    public CredentialNotFoundException(String message) {
        super(message);
    }
}
