package io.jenkins.plugins.modelarts.client.auth;

import java.util.Objects;

/**
 * An access key (AK) and secret key (SK), and for temporary keys the security token that goes with
 * them. Requests are signed with {@link AkSkSigner}; the secret key itself is never sent.
 *
 * <p>{@code toString()} shows at most the first four characters of the access key and never the
 * secret key or the token.
 */
public record AkSkCredentials(String accessKey, String secretKey, String securityToken) implements Credentials {

    /** @param securityToken null for permanent keys */
    public AkSkCredentials {
        Objects.requireNonNull(accessKey, "accessKey == null");
        Objects.requireNonNull(secretKey, "secretKey == null");
        if (accessKey.isBlank()) {
            throw new IllegalArgumentException("accessKey is blank");
        }
        if (secretKey.isEmpty()) {
            throw new IllegalArgumentException("secretKey is empty");
        }
        if (securityToken != null && securityToken.isBlank()) {
            securityToken = null;
        }
        Redaction.requireHeaderSafe(accessKey, "accessKey");
        Redaction.requireHeaderSafe(securityToken, "securityToken");
    }

    /** Permanent keys, without a security token. */
    public static AkSkCredentials of(String accessKey, String secretKey) {
        return new AkSkCredentials(accessKey, secretKey, null);
    }

    @Override
    public String toString() {
        return "AkSkCredentials[accessKey=" + Redaction.accessKey(accessKey)
                + ", secretKey=" + Redaction.MARK
                + ", securityToken=" + Redaction.secret(securityToken) + "]";
    }
}
