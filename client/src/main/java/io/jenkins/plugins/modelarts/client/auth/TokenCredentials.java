package io.jenkins.plugins.modelarts.client.auth;

import java.util.Objects;

/**
 * An IAM token obtained elsewhere (for example by a pipeline step), sent as {@code X-Auth-Token}.
 * It is used as is: when it expires, calls fail with an authentication error. {@code toString()}
 * never shows the token.
 */
public record TokenCredentials(String token) implements Credentials {

    public TokenCredentials {
        Objects.requireNonNull(token, "token == null");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token is blank");
        }
        Redaction.requireHeaderSafe(token, "token");
    }

    @Override
    public String toString() {
        return "TokenCredentials[token=" + Redaction.MARK + "]";
    }
}
