package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.modelarts.jenkins.connection.FieldChecks;
import io.jenkins.plugins.modelarts.jenkins.credentials.CredentialsListBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.structs.describable.CustomDescribableModel;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;

/**
 * The descriptor of every ModelArts step: they need only the build and its console, never a
 * workspace or launcher, so they run outside {@code node {}} and hold no executor. Also the form
 * helpers of the Snippet Generator (local checks; the credentials list checks permissions).
 */
public abstract class ModelArtsStepDescriptor extends StepDescriptor implements CustomDescribableModel {
    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, TaskListener.class);
    }

    /**
     * What Pipeline scripts wrote before these parameters were typed, still accepted: {@code require} as one
     * string (one rule per line), {@code findingThresholds} as a map or one string, {@code parameters} as a list or
     * lines of {@code name=value}; parameter values
     * that are not text ({@code [batch: 32]}) become text; {@code dataSource} and {@code volumes} as lists of maps
     * become their JSON text. Structs calls this before binding the arguments.
     */
    @Override
    public Map<String, Object> customInstantiate(Map<String, Object> arguments) {
        Map<String, Object> adjusted = new LinkedHashMap<>(arguments);
        Object require = adjusted.get("require");
        if (require != null && !(require instanceof List)) {
            adjusted.put("require", StepValues.lines(require));
        }
        Object thresholds = adjusted.get("findingThresholds");
        if (thresholds instanceof Map<?, ?> map) {
            List<String> items = new java.util.ArrayList<>();
            map.forEach((name, value) -> items.add(name + "=" + value));
            adjusted.put("findingThresholds", items);
        } else if (thresholds != null && !(thresholds instanceof List)) {
            adjusted.put("findingThresholds", StepValues.lines(thresholds));
        }
        Object parameters = adjusted.get("parameters");
        if (parameters != null) {
            adjusted.put("parameters", TrainingDefinition.parameters(parameters));
        }
        for (String list : List.of("dataSource", "volumes")) {
            if (adjusted.containsKey(list)) {
                adjusted.put(list, StepJson.text(adjusted.get(list)));
            }
        }
        return adjusted;
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
        return FieldChecks.rules(value);
    }

    public FormValidation doCheckFindingThresholds(@QueryParameter String value) {
        return FieldChecks.findingThresholds(value);
    }
}
