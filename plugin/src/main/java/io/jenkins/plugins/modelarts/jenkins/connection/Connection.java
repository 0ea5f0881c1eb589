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
 *
 * <p>Each setting comes from the step, else the enclosing {@code withModelArts} block, else the global
 * configuration; {@link #origins()} says which, for messages (it is not part of the value).
 */
public final class Connection implements Serializable {
    private final String endpoint;
    private final String region;
    private final String projectId;
    private final String credentialsId;
    private final boolean emulator;
    /** Where each setting came from, for messages; null when not resolved from settings. */
    private final String origins;

    static final String FROM_STEP = "the step";
    static final String FROM_BLOCK = "withModelArts";
    static final String FROM_GLOBAL = "Manage Jenkins » System » ModelArts";

    public Connection(String endpoint, String region, String projectId, String credentialsId, boolean emulator) {
        this(endpoint, region, projectId, credentialsId, emulator, null);
    }

    private Connection(String endpoint, String region, String projectId, String credentialsId, boolean emulator,
            String origins) {
        this.endpoint = endpoint;
        this.region = region;
        this.projectId = projectId;
        this.credentialsId = credentialsId;
        this.emulator = emulator;
        this.origins = origins;
    }

    private static final long serialVersionUID = 1L;
    static final String EMULATOR_KEY = "embedded-emulator";

    /** The embedded emulator, with its own project and keys. */
    public static Connection toEmulator() {
        return new Connection(null, null, null, null, true);
    }

    /** The step's own values where given, else the defaults (no enclosing block). */
    public static Connection resolve(ConnectionDefaults defaults, String endpoint, String region, String projectId,
            String credentialsId) {
        return resolve(defaults, null, endpoint, region, projectId, credentialsId);
    }

    /**
     * Each setting from the step where given, else from the enclosing {@code withModelArts} block
     * ({@code block}, null outside one), else from the defaults. The endpoint and the region go
     * together (the target): the first of step and block naming either gives both, and leaves the
     * embedded emulator; with neither, the emulator is used when the defaults choose it. Every
     * problem is returned at once by {@link #problems()}.
     */
    public static Connection resolve(ConnectionDefaults defaults, ConnectionScope block, String endpoint, String region,
            String projectId, String credentialsId) {
        ConnectionScope step = new ConnectionScope(endpoint, region, projectId, credentialsId);
        ConnectionScope target = step.hasTarget() ? step : block != null && block.hasTarget() ? block : null;
        if (target == null && defaults.emulator()) {
            return new Connection(null, null, null, null, true, "the embedded emulator, from " + FROM_GLOBAL);
        }
        String targetFrom = target == step ? FROM_STEP : target != null ? FROM_BLOCK : FROM_GLOBAL;
        String resolvedEndpoint = target != null ? target.endpoint() : defaults.endpoint();
        String resolvedRegion = target != null ? target.region() : defaults.region();
        String[] project = firstSet(step.projectId(), block == null ? null : block.projectId(), defaults.projectId());
        String[] credentials = firstSet(step.credentialsId(), block == null ? null : block.credentialsId(),
                defaults.credentialsId());
        List<String> origins = new ArrayList<>();
        if (resolvedEndpoint != null || resolvedRegion != null) {
            origins.add((resolvedEndpoint != null ? "endpoint" : "region") + " from " + targetFrom);
        }
        if (project[0] != null) {
            origins.add("project from " + project[1]);
        }
        if (credentials[0] != null) {
            origins.add("credentials from " + credentials[1]);
        }
        return new Connection(resolvedEndpoint, resolvedRegion, project[0], credentials[0], false,
                String.join(", ", origins));
    }

    /** The first value set among the step's, the block's and the default, with where it came from. */
    private static String[] firstSet(String fromStep, String fromBlock, String fromGlobal) {
        if (fromStep != null) {
            return new String[] {fromStep, FROM_STEP};
        }
        if (fromBlock != null) {
            return new String[] {fromBlock, FROM_BLOCK};
        }
        return new String[] {fromGlobal, FROM_GLOBAL};
    }

    /** What is missing or wrong, each as a sentence naming the setting; empty when usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (emulator) {
            return problems;
        }
        if (endpoint == null && region == null) {
            problems.add("no ModelArts endpoint: set 'region' or 'endpoint' on the step, in withModelArts, or in Manage"
                    + " Jenkins » System » ModelArts (or choose the embedded emulator there to try the plugin without a"
                    + " cloud account)");
        }
        if (endpoint != null && !endpoint.toLowerCase(Locale.ROOT).startsWith("https://")
                && !endpoint.toLowerCase(Locale.ROOT).startsWith("http://")) {
            problems.add("endpoint '" + endpoint + "' must be an https:// URL");
        }
        if (projectId == null) {
            problems.add("no project id: set 'projectId' on the step, in withModelArts, or in the global ModelArts"
                    + " configuration");
        }
        if (credentialsId == null) {
            problems.add("no credentials: set 'credentialsId' on the step, in withModelArts, or default credentials in"
                    + " the global ModelArts configuration");
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

    /** {@link #describe()} with where each setting came from: for messages about a failed connection. */
    public String explain() {
        return origins == null ? describe() : describe() + " (" + origins + ")";
    }

    /** Where each setting came from ("region from withModelArts, project from the step, …"); null if unknown. */
    public String origins() {
        return origins;
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
