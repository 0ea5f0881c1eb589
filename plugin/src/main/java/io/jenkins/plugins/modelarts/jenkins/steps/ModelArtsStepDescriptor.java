package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.modelarts.core.gate.ReleaseGate;
import io.jenkins.plugins.modelarts.jenkins.connection.FieldChecks;
import io.jenkins.plugins.modelarts.jenkins.credentials.CredentialsListBox;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;

/**
 * The descriptor of every ModelArts step: they need only the build and its console, never a
 * workspace or launcher, so they run outside {@code node {}} and hold no executor. Also the form
 * helpers of the Snippet Generator (local checks; the credentials list checks permissions).
 */
public abstract class ModelArtsStepDescriptor extends StepDescriptor {
    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, TaskListener.class);
    }

    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        return CredentialsListBox.fill(item, credentialsId);
    }

    public FormValidation doCheckEndpoint(@QueryParameter String value) {
        return FieldChecks.endpoint(value);
    }

    public FormValidation doCheckRegion(@QueryParameter String value) {
        return FieldChecks.region(value);
    }

    public FormValidation doCheckTimeout(@QueryParameter String value) {
        return FieldChecks.timeoutMinutes(value);
    }

    public FormValidation doCheckPollInterval(@QueryParameter String value) {
        return FieldChecks.pollIntervalSeconds(value);
    }

    public FormValidation doCheckJobName(@QueryParameter String value) {
        return FieldChecks.jobName(value);
    }

    public FormValidation doCheckRequire(@QueryParameter String value) {
        try {
            int n = ReleaseGate.parseRules(StepValues.lines(value)).size();
            return FormValidation.ok(n == 0 ? "" : n + (n == 1 ? " rule" : " rules"));
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
