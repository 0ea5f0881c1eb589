// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import hudson.model.ModelObject;
import hudson.util.FormValidation;
import org.kohsuke.stapler.QueryParameter;

/**
 * Works as in the plugin: stores the id (a random UUID when empty) and description ({@code ""} when null);
 * {@code equals}/{@code hashCode} by id. The real class is {@code @ExportedBean} (runtime-only; dropped).
 */
public abstract class BaseStandardCredentials extends BaseCredentials implements StandardCredentials {

    @NonNull
    private final String id;

    @NonNull
    private final String description;

    public BaseStandardCredentials(@CheckForNull String id, @CheckForNull String description) {
        super();
        this.id = IdCredentials.Helpers.fixEmptyId(id);
        this.description = Util.fixNull(description);
    }

    public BaseStandardCredentials(@CheckForNull CredentialsScope scope, @CheckForNull String id,
                                   @CheckForNull String description) {
        super(scope);
        this.id = IdCredentials.Helpers.fixEmptyId(id);
        this.description = Util.fixNull(description);
    }

    @Override
    @NonNull
    public String getDescription() {
        return description;
    }

    @Override
    @NonNull
    public String getId() {
        return id;
    }

    @Override
    public final int hashCode() {
        return IdCredentials.Helpers.hashCode(this);
    }

    @Override
    public final boolean equals(Object o) {
        return IdCredentials.Helpers.equals(this, o);
    }

    /**
     * The real {@code doCheckId} parameter {@code context} is annotated {@code @ContextInPath} (a credentials-plugin
     * Stapler annotation), which is dropped here.
     */
    protected static abstract class BaseStandardCredentialsDescriptor extends CredentialsDescriptor {
        protected BaseStandardCredentialsDescriptor() {
        }

        protected BaseStandardCredentialsDescriptor(Class<? extends BaseStandardCredentials> clazz) {
            super(clazz);
        }

        public final FormValidation doCheckId(ModelObject context, @QueryParameter String value) {
            throw new UnsupportedOperationException("stub: compile-only Jenkins API");
        }
    }
}
