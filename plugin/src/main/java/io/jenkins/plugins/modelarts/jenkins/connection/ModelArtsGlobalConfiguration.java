package io.jenkins.plugins.modelarts.jenkins.connection;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.jenkins.credentials.ClientCredentials;
import io.jenkins.plugins.modelarts.jenkins.credentials.CredentialsListBox;
import java.time.Duration;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins » System » ModelArts: where steps go when they do not say (a region or an endpoint,
 * the project and default credentials), or the embedded emulator; and the default poll interval.
 * Configuration-as-Code: {@code unclassified: modelArts: region: cn-north-4 ...}.
 */
@Extension
@Symbol("modelArts")
public class ModelArtsGlobalConfiguration extends GlobalConfiguration {
    private boolean useEmulator;
    private String endpoint;
    private String region;
    private String projectId;
    private String credentialsId;
    private int pollIntervalSeconds;

    public ModelArtsGlobalConfiguration() {
        load();
    }

    /** The configured instance. */
    public static ModelArtsGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(ModelArtsGlobalConfiguration.class);
    }

    /** The values steps fall back to. */
    public ConnectionDefaults defaults() {
        return new ConnectionDefaults(useEmulator, endpoint, region, projectId, credentialsId,
                pollIntervalSeconds > 0 ? Duration.ofSeconds(pollIntervalSeconds) : null);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return "ModelArts";
    }

    public boolean isUseEmulator() {
        return useEmulator;
    }

    @DataBoundSetter
    public void setUseEmulator(boolean useEmulator) {
        this.useEmulator = useEmulator;
        save();
    }

    public String getEndpoint() {
        return endpoint;
    }

    @DataBoundSetter
    public void setEndpoint(String endpoint) {
        this.endpoint = Util.fixEmptyAndTrim(endpoint);
        save();
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Util.fixEmptyAndTrim(region);
        save();
    }

    public String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(String projectId) {
        this.projectId = Util.fixEmptyAndTrim(projectId);
        save();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
        save();
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @DataBoundSetter
    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = Math.max(0, pollIntervalSeconds);
        save();
    }

    public FormValidation doCheckEndpoint(@QueryParameter String value) {
        return FieldChecks.endpoint(value);
    }

    public FormValidation doCheckRegion(@QueryParameter String value) {
        return FieldChecks.region(value);
    }

    public FormValidation doCheckPollIntervalSeconds(@QueryParameter String value) {
        return FieldChecks.pollIntervalSeconds(value);
    }

    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        return CredentialsListBox.fill(null, credentialsId);
    }

    /**
     * "Test connection": lists one training job with the given settings. Calls out, so it is POST
     * only and for administrators only (CSRF and SSRF protection).
     */
    @POST
    public FormValidation doTestConnection(@QueryParameter boolean useEmulator, @QueryParameter String endpoint,
            @QueryParameter String region, @QueryParameter String projectId, @QueryParameter String credentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        if (useEmulator) {
            return FormValidation.ok("The embedded emulator needs no connection test");
        }
        Connection connection = Connection.resolve(ConnectionDefaults.none(), Util.fixEmptyAndTrim(endpoint),
                Util.fixEmptyAndTrim(region), Util.fixEmptyAndTrim(projectId), Util.fixEmptyAndTrim(credentialsId));
        List<String> problems = connection.problems();
        if (!problems.isEmpty()) {
            return FormValidation.error(String.join("; ", problems));
        }
        StandardCredentials stored = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItem(StandardCredentials.class, null, ACL.SYSTEM2, List.of()),
                CredentialsMatchers.withId(connection.credentialsId()));
        if (stored == null) {
            return FormValidation.error("Credentials '" + connection.credentialsId() + "' not found");
        }
        ModelArtsClient.Builder builder = ModelArtsClient.builder().projectId(connection.projectId());
        try {
            builder.credentials(ClientCredentials.of(stored));
            builder.endpoint(connection.modelArtsEndpoint());
            try (ModelArtsClient client = builder.build()) {
                long jobs = client.jobsV1().list(ListTrainingJobsQuery.builder().perPage(1).build()).jobTotalCount();
                return FormValidation.ok("Connected: the project has " + jobs + " v1 training job(s)");
            }
        } catch (ModelArtsException | IllegalArgumentException | hudson.AbortException e) {
            return FormValidation.error("Cannot connect: " + e.getMessage());
        }
    }
}
