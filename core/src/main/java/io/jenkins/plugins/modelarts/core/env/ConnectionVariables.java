package io.jenkins.plugins.modelarts.core.env;

import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.Credentials;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The environment variables a connection is handed to a process by: the names the {@code modelarts}
 * command line and the Huawei Cloud SDKs read, in one place for the CLI (which reads them) and the
 * Jenkins plugin (which sets them in a {@code withModelArts} block). Secrets (keys, token, password)
 * are kept apart from the plain settings so that a front end can mask them.
 */
public final class ConnectionVariables {
    public static final String ENDPOINT = "MODELARTS_ENDPOINT";
    public static final String REGION = "HUAWEICLOUD_SDK_REGION";
    public static final String PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID";
    public static final String ACCESS_KEY = "HUAWEICLOUD_SDK_AK";
    public static final String SECRET_KEY = "HUAWEICLOUD_SDK_SK";
    public static final String SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
    public static final String IAM_USER = "MODELARTS_IAM_USER";
    public static final String IAM_PASSWORD = "MODELARTS_IAM_PASSWORD";
    public static final String IAM_DOMAIN = "MODELARTS_IAM_DOMAIN";
    public static final String IAM_ENDPOINT = "MODELARTS_IAM_ENDPOINT";
    public static final String OBS_ENDPOINT = "MODELARTS_OBS_ENDPOINT";

    private final Map<String, String> plain;
    private final Map<String, String> secret;

    private ConnectionVariables(Map<String, String> plain, Map<String, String> secret) {
        this.plain = Collections.unmodifiableMap(plain);
        this.secret = Collections.unmodifiableMap(secret);
    }

    /**
     * The variables for a connection: {@code endpoint} (the ModelArts URL calls go to), {@code region} and
     * {@code projectId} when known (null otherwise), and the credentials: an access key (with its token
     * when temporary) or an IAM user, whose account and IAM endpoint come along.
     */
    public static ConnectionVariables of(String endpoint, String region, String projectId, Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials == null");
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> secret = new LinkedHashMap<>();
        putIfNotNull(plain, ENDPOINT, endpoint);
        putIfNotNull(plain, REGION, region);
        putIfNotNull(plain, PROJECT_ID, projectId);
        if (credentials instanceof AkSkCredentials keys) {
            secret.put(ACCESS_KEY, keys.accessKey());
            secret.put(SECRET_KEY, keys.secretKey());
            putIfNotNull(secret, SECURITY_TOKEN, keys.securityToken());
        } else if (credentials instanceof IamPasswordCredentials user) {
            plain.put(IAM_USER, user.userName());
            plain.put(IAM_DOMAIN, user.domainName());
            putIfNotNull(plain, IAM_ENDPOINT, user.iamEndpoint());
            secret.put(IAM_PASSWORD, user.password());
        } else {
            throw new IllegalArgumentException("unknown kind of credentials: " + credentials.getClass().getSimpleName());
        }
        return new ConnectionVariables(plain, secret);
    }

    /** Settings that may be shown: endpoint, region, project id, IAM user and account. */
    public Map<String, String> plain() {
        return plain;
    }

    /** Values to mask wherever output is shown: keys, token, password. */
    public Map<String, String> secret() {
        return secret;
    }

    /** Every variable, plain and secret. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>(plain);
        all.putAll(secret);
        return all;
    }

    private static void putIfNotNull(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
