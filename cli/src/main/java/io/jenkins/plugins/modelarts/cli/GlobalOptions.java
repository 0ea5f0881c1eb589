package io.jenkins.plugins.modelarts.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the command name. */
final class GlobalOptions {
    enum OutputFormat {
        text,
        json
    }

    @Option(names = "--endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "ModelArts base URL, e.g. https://modelarts.cn-north-4.myhuaweicloud.com or the emulator's http://127.0.0.1:PORT. Default: $MODELARTS_ENDPOINT, else derived from the region.")
    String endpoint;

    @Option(names = "--region", scope = ScopeType.INHERIT, paramLabel = "REGION",
            description = "Huawei Cloud region, e.g. cn-north-4. Default: $HUAWEICLOUD_SDK_REGION.")
    String region;

    @Option(names = "--project-id", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "IAM project id of the region. Default: $HUAWEICLOUD_SDK_PROJECT_ID.")
    String projectId;

    @Option(names = "--access-key", scope = ScopeType.INHERIT, paramLabel = "AK",
            description = "Access key id. Default: $HUAWEICLOUD_SDK_AK. The secret key is never a flag: set $HUAWEICLOUD_SDK_SK or use --secret-key-file.")
    String accessKey;

    @Option(names = "--secret-key-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "File holding the secret access key (instead of $HUAWEICLOUD_SDK_SK).")
    Path secretKeyFile;

    @Option(names = "--iam-user", scope = ScopeType.INHERIT, paramLabel = "USER",
            description = "Authenticate with an IAM token for this user instead of AK/SK (password from $MODELARTS_IAM_PASSWORD). Default: $MODELARTS_IAM_USER.")
    String iamUser;

    @Option(names = "--iam-domain", scope = ScopeType.INHERIT, paramLabel = "ACCOUNT",
            description = "Account (domain) name of the IAM user. Default: $MODELARTS_IAM_DOMAIN.")
    String iamDomain;

    @Option(names = "--iam-endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "IAM endpoint for tokens. Default: $MODELARTS_IAM_ENDPOINT, else the region's IAM endpoint.")
    String iamEndpoint;

    @Option(names = "--obs-endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "OBS endpoint for log archives. Default: $MODELARTS_OBS_ENDPOINT, else the region's, else a local emulator's own URL.")
    String obsEndpoint;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "FORMAT",
            description = "text (for people, the default) or json (the API objects, metric lists parsed).")
    OutputFormat output = OutputFormat.text;

    @Option(names = "--max-attempts", scope = ScopeType.INHERIT, paramLabel = "N",
            description = "Attempts per API call on throttling, server and network errors (default ${DEFAULT-VALUE}).")
    int maxAttempts = 5;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log each HTTP call (method, URL, status, time; never secrets or bodies) to stderr, and show stack traces.")
    boolean verbose;

    boolean json() {
        return output == OutputFormat.json;
    }
}
