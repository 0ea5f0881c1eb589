package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.client.Endpoints;
import io.jenkins.plugins.modelarts.client.HttpLogger;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.Credentials;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;
import io.jenkins.plugins.modelarts.core.logs.ObsObjectSource;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where and as whom to call ModelArts, from flags first and the conventional environment variables
 * second. Every missing or conflicting setting is reported at once (exit code 2) before any call.
 *
 * <p>Secrets are read from the environment or from files, never from flags, so they stay out of
 * shell history and process lists.
 */
final class ConnectionSettings {
    // the names are core's, shared with the plugin's withModelArts block and modelartsKeys binding
    static final String ENDPOINT = ConnectionVariables.ENDPOINT;
    static final String REGION = ConnectionVariables.REGION;
    static final String PROJECT_ID = ConnectionVariables.PROJECT_ID;
    static final String AK = ConnectionVariables.ACCESS_KEY;
    static final String SK = ConnectionVariables.SECRET_KEY;
    static final String SECURITY_TOKEN = ConnectionVariables.SECURITY_TOKEN;
    static final String IAM_USER = ConnectionVariables.IAM_USER;
    static final String IAM_PASSWORD = ConnectionVariables.IAM_PASSWORD;
    static final String IAM_DOMAIN = ConnectionVariables.IAM_DOMAIN;
    static final String IAM_ENDPOINT = ConnectionVariables.IAM_ENDPOINT;
    static final String OBS_ENDPOINT = ConnectionVariables.OBS_ENDPOINT;

    private final GlobalOptions flags;
    private final CliContext context;

    ConnectionSettings(GlobalOptions flags, CliContext context) {
        this.flags = flags;
        this.context = context;
    }

    ModelArtsClient connect() {
        List<String> problems = new ArrayList<>();
        String endpoint = endpoint(problems);
        String projectId = first(flags.projectId, context.env(PROJECT_ID));
        if (projectId == null) {
            problems.add("no project id: pass --project-id or set " + PROJECT_ID);
        }
        Credentials credentials = credentials(problems);
        if (!problems.isEmpty()) {
            throw UsageException.of("Cannot connect to ModelArts:", problems);
        }
        if (flags.maxAttempts < 1) {
            throw new UsageException("--max-attempts must be at least 1, got " + flags.maxAttempts);
        }
        ModelArtsClient.Builder builder = ModelArtsClient.builder()
                .endpoint(endpoint)
                .projectId(projectId)
                .credentials(credentials)
                .retryPolicy(RetryPolicy.defaults().newBuilder().maxAttempts(flags.maxAttempts).build())
                .sleeper(context.sleeper());
        if (flags.verbose) {
            builder.logger(line -> context.err().println("http: " + ConsoleText.safe(line)), HttpLogger.Level.BASIC);
        }
        return builder.build();
    }

    /**
     * The OBS client for log archives: AK/SK credentials, and the OBS endpoint from the flag, the
     * environment, the region, or (for a local http:// ModelArts endpoint, the emulator) that endpoint
     * itself with path-style buckets.
     */
    ObsObjectSource obs() {
        return obs("archiving logs from OBS", "Cannot read logs from OBS:");
    }

    /** As {@link #obs()}; {@code purpose} and {@code lead} word the problems ("the pre-flight's OBS checks"). */
    ObsObjectSource obs(String purpose, String lead) {
        List<String> problems = new ArrayList<>();
        String ak = first(flags.accessKey, context.env(AK));
        String sk = ak == null ? null : secretKey(problems);
        if (ak == null) {
            problems.add(purpose + " needs AK/SK credentials: set " + AK + " and " + SK);
        }
        String obsEndpoint = first(flags.obsEndpoint, context.env(OBS_ENDPOINT));
        boolean pathStyle = false;
        if (obsEndpoint == null) {
            String region = first(flags.region, context.env(REGION));
            String modelArts = first(flags.endpoint, context.env(ENDPOINT));
            if (region != null) {
                obsEndpoint = Endpoints.obs(region);
            } else if (modelArts != null && modelArts.startsWith("http://")) {
                obsEndpoint = modelArts;
                pathStyle = true;
            } else {
                problems.add("no OBS endpoint: pass --obs-endpoint or set " + OBS_ENDPOINT + " or " + REGION);
            }
        }
        if (!problems.isEmpty()) {
            throw UsageException.of(lead, problems);
        }
        return new ObsObjectSource(obsEndpoint, ak, sk, context.env(SECURITY_TOKEN), pathStyle);
    }

    /**
     * Every connection value given by flag, environment or file that must not be written into a
     * recording: endpoints, project id, keys, token, IAM user, password and account. Settings that are
     * missing or unreadable are simply left out.
     */
    List<String> sensitiveValues() {
        List<String> values = new ArrayList<>();
        values.add(first(flags.endpoint, context.env(ENDPOINT)));
        values.add(first(flags.projectId, context.env(PROJECT_ID)));
        values.add(first(flags.accessKey, context.env(AK)));
        values.add(secretKey(new ArrayList<>()));
        values.add(context.env(SECURITY_TOKEN));
        values.add(first(flags.iamUser, context.env(IAM_USER)));
        values.add(context.env(IAM_PASSWORD));
        values.add(first(flags.iamDomain, context.env(IAM_DOMAIN)));
        values.add(first(flags.iamEndpoint, context.env(IAM_ENDPOINT)));
        values.add(first(flags.obsEndpoint, context.env(OBS_ENDPOINT)));
        values.removeIf(Objects::isNull);
        return values;
    }

    /** Where the ModelArts endpoint comes from, for messages about reaching it. */
    String endpointSource() {
        if (flags.endpoint != null && !flags.endpoint.isBlank()) {
            return "--endpoint " + flags.endpoint;
        }
        if (context.env(ENDPOINT) != null) {
            return ENDPOINT + "=" + context.env(ENDPOINT);
        }
        String region = first(flags.region, context.env(REGION));
        return region == null ? "no endpoint" : "the region " + region + " (--region or " + REGION + ")";
    }

    private String endpoint(List<String> problems) {
        String endpoint = first(flags.endpoint, context.env(ENDPOINT));
        if (endpoint != null) {
            if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                problems.add("endpoint '" + endpoint + "' must start with https:// (or http:// for a local emulator)");
            }
            return endpoint;
        }
        String region = first(flags.region, context.env(REGION));
        if (region == null) {
            problems.add("no endpoint: pass --endpoint or --region, or set " + ENDPOINT + " or " + REGION
                    + " (try `modelarts emulator` for a local one)");
            return null;
        }
        try {
            return Endpoints.modelArts(region);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private Credentials credentials(List<String> problems) {
        String ak = first(flags.accessKey, context.env(AK));
        String iamUser = first(flags.iamUser, context.env(IAM_USER));
        if (ak != null && iamUser != null) {
            problems.add("both an access key and an IAM user are configured; use one");
            return null;
        }
        if (iamUser != null) {
            String password = context.env(IAM_PASSWORD);
            String domain = first(flags.iamDomain, context.env(IAM_DOMAIN));
            if (password == null) {
                problems.add("IAM user " + iamUser + " needs a password in " + IAM_PASSWORD);
            }
            if (domain == null) {
                problems.add("IAM user " + iamUser + " needs an account (domain) name: --iam-domain or " + IAM_DOMAIN);
            }
            if (password == null || domain == null) {
                return null;
            }
            String iamEndpoint = first(flags.iamEndpoint, context.env(IAM_ENDPOINT));
            return new IamPasswordCredentials(iamUser, password, domain, iamEndpoint);
        }
        if (ak == null) {
            problems.add("no credentials: set " + AK + " and " + SK + " (or " + IAM_USER + ", " + IAM_PASSWORD
                    + " and " + IAM_DOMAIN + " for IAM token authentication)");
            return null;
        }
        String sk = secretKey(problems);
        if (sk == null) {
            return null;
        }
        return new AkSkCredentials(ak, sk, context.env(SECURITY_TOKEN));
    }

    private String secretKey(List<String> problems) {
        if (flags.secretKeyFile != null) {
            try {
                String sk = Files.readString(flags.secretKeyFile, StandardCharsets.UTF_8).trim();
                if (sk.isEmpty()) {
                    problems.add("secret key file " + flags.secretKeyFile + " is empty");
                    return null;
                }
                return sk;
            } catch (IOException e) {
                problems.add("cannot read secret key file " + flags.secretKeyFile + ": " + e.getMessage());
                return null;
            }
        }
        String sk = context.env(SK);
        if (sk == null) {
            problems.add("access key is set but no secret key: set " + SK + " or pass --secret-key-file");
        }
        return sk;
    }

    private static String first(String flag, String env) {
        return flag != null && !flag.isBlank() ? flag : env;
    }
}
