// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import hudson.model.ModelObject;
import java.io.Serializable;

/** Real constants, each with its own body as in the plugin; {@code getDisplayName}/{@code isVisible} throw. */
public enum CredentialsScope implements Serializable {
    SYSTEM {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }
    },
    GLOBAL {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }
    },
    USER {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }
    };

    public abstract String getDisplayName();

    public abstract boolean isVisible(ModelObject context);
}
