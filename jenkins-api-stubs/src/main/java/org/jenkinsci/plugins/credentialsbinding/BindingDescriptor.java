// Stub of org.jenkins-ci.plugins:credentials-binding 687.v619cb_15e923f — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.credentialsbinding;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import org.kohsuke.stapler.AncestorInPath;

public abstract class BindingDescriptor<C extends StandardCredentials> extends Descriptor<MultiBinding<C>> {

    protected abstract Class<C> type();

    public boolean requiresWorkspace() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item owner) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
