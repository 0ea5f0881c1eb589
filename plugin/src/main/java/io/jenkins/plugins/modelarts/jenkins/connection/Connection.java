package io.jenkins.plugins.modelarts.jenkins.connection;

import io.jenkins.plugins.modelarts.client.Endpoints;
import io.jenkins.plugins.modelarts.core.poll.ConnectionKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where and as whom one step calls ModelArts, resolved from the step's own settings over the global
 * configuration when the step starts. Holds names only (the credentials id, never a secret), so it is
 * safe to persist with a waiting step and to print.
 *
 * @param endpoint the ModelArts endpoint URL, or null when the embedded emulator or a region's default is used
 * @param region the region (for the default ModelArts and OBS endpoints), may be null with an endpoint
 * @param projectId the project id; null with the emulator, which has its own
 * @param credentialsId the Jenkins credentials id; null with the emulator
 * @param emulator whether calls go to the embedded emulator
 */
public final class Connection implements Serializable {
    private final String endpoint;
    private final String region;
    private final String projectId;
    private final String credentialsId;
    private final boolean emulator;

    public Connection(String endpoint, String region, String projectId, String credentialsId, boolean emulator) {
        this.endpoint = endpoint;
        this.region = region;
        this.projectId = projectId;
        this.credentialsId = credentialsId;
        this.emulator = emulator;
    }

    private static final long serialVersionUID = 1L;
    static final String EMULATOR_KEY = "embedded-emulator";

    /** The embedded emulator, with its own project and keys. */
    public static Connection toEmulator() {
        return new Connection(null, null, null, null, true);
    }

    /**
     * The step's own values where given, else the defaults. An explicit endpoint or region on the step
     * leaves the emulator; every problem is returned at once by {@link #problems()}.
     */
    public static Connection resolve(ConnectionDefaults defaults, String endpoint, String region, String projectId,
            String credentialsId) {
        boolean ownTarget = endpoint != null || region != null;
        if (defaults.emulator() && !ownTarget) {
            return toEmulator();
        }
        return new Connection(
                ownTarget ? endpoint : defaults.endpoint(),
                ownTarget ? region : defaults.region(),
                projectId != null ? projectId : defaults.projectId(),
                credentialsId != null ? credentialsId : defaults.credentialsId(),
                false);
    }

    /** What is missing or wrong, each as a sentence naming the setting; empty when usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (emulator) {
            return problems;
        }
        if (endpoint == null && region == null) {
            problems.add("no ModelArts endpoint: set 'region' or 'endpoint' on the step or in Manage Jenkins » System"
                    + " » ModelArts (or choose the embedded emulator there to try the plugin without a cloud account)");
        }
        if (endpoint != null && !endpoint.toLowerCase(Locale.ROOT).startsWith("https://")
                && !endpoint.toLowerCase(Locale.ROOT).startsWith("http://")) {
            problems.add("endpoint '" + endpoint + "' must be an https:// URL");
        }
        if (projectId == null) {
            problems.add("no project id: set 'projectId' on the step or in the global ModelArts configuration");
        }
        if (credentialsId == null) {
            problems.add("no credentials: set 'credentialsId' on the step or default credentials in the global"
                    + " ModelArts configuration");
        }
        return problems;
    }

    /**
     * The key clients are shared and jobs polled under: where the calls go and as whom, by a
     * fingerprint of the resolved credentials (a salted digest, never the secret; not persisted).
     * The credentials id alone would not do: ids are unique only within one credentials store.
     */
    public ConnectionKey key(String credentialsFingerprint) {
        String credentials = "sha256:" + credentialsFingerprint;
        if (emulator) {
            return new ConnectionKey(EMULATOR_KEY, EMULATOR_KEY, credentials);
        }
        return new ConnectionKey(endpoint != null ? endpoint : "region:" + region, projectId, credentials);
    }

    /** For the console: where the calls go. */
    public String describe() {
        if (emulator) {
            return "the embedded ModelArts emulator";
        }
        return (endpoint != null ? endpoint : "region " + region) + ", project " + projectId
                + ", credentials '" + credentialsId + "'";
    }

    public String endpoint() {
        return endpoint;
    }

    /** Where requests go: the endpoint when given, else the region's public ModelArts endpoint. */
    public String modelArtsEndpoint() {
        return endpoint != null ? endpoint : Endpoints.modelArts(region);
    }

    public String region() {
        return region;
    }

    public String projectId() {
        return projectId;
    }

    public String credentialsId() {
        return credentialsId;
    }

    public boolean emulator() {
        return emulator;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Connection o && java.util.Objects.equals(endpoint, o.endpoint) && java.util.Objects.equals(region, o.region) && java.util.Objects.equals(projectId, o.projectId) && java.util.Objects.equals(credentialsId, o.credentialsId) && java.util.Objects.equals(emulator, o.emulator);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(endpoint, region, projectId, credentialsId, emulator);
    }

    @Override
    public String toString() {
        return "Connection[" + "endpoint=" + endpoint + ", " + "region=" + region + ", " + "projectId=" + projectId + ", " + "credentialsId=" + credentialsId + ", " + "emulator=" + emulator + "]";
    }
}
