// Stub of org.jenkins-ci.plugins:credentials-binding 728.v902a_273b_8947 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.credentialsbinding.impl;

import hudson.AbortException;

/** Behaves like the real exception. */
public class CredentialNotFoundException extends AbortException {
    private static final long serialVersionUID = 1L;

    public CredentialNotFoundException(String message) {
        super(message);
    }
}
