package io.jenkins.plugins.modelarts.client.internal;

import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.AkSkSigner;
import io.jenkins.plugins.modelarts.client.auth.IamTokenProvider;
import java.time.Clock;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Produces the authentication headers of one request attempt: an AK/SK signature (fresh
 * {@code X-Sdk-Date} each time) or an {@code X-Auth-Token}.
 */
interface RequestAuthenticator {

    /**
     * @param signedHeaders headers the request carries that a signature must cover ({@code X-Project-Id})
     * @param body the exact bytes that will be sent
     * @throws io.jenkins.plugins.modelarts.client.errors.ApiException when IAM refused to issue a token
     * @throws io.jenkins.plugins.modelarts.client.errors.TransportException when IAM could not be reached
     */
    Headers authenticate(String method, HttpUrl url, Headers signedHeaders, byte[] body);

    /**
     * Called when the service rejected an attempt made with {@code used} as unauthenticated. Returns
     * true when a new attempt may succeed with fresh credentials (a new IAM token).
     */
    boolean refreshAfterRejection(Headers used);

    static RequestAuthenticator akSk(AkSkCredentials credentials, Clock clock) {
        Objects.requireNonNull(credentials, "credentials == null");
        Objects.requireNonNull(clock, "clock == null");
        return new RequestAuthenticator() {
            @Override
            public Headers authenticate(String method, HttpUrl url, Headers signedHeaders, byte[] body) {
                return AkSkSigner.sign(method, url, signedHeaders, body, credentials, clock.instant()).headers();
            }

            @Override
            public boolean refreshAfterRejection(Headers used) {
                return false;
            }
        };
    }

    /** A token obtained elsewhere: it cannot be refreshed. */
    static RequestAuthenticator fixedToken(String token) {
        Headers headers = Headers.of("X-Auth-Token", Objects.requireNonNull(token, "token == null"));
        return new RequestAuthenticator() {
            @Override
            public Headers authenticate(String method, HttpUrl url, Headers signedHeaders, byte[] body) {
                return headers;
            }

            @Override
            public boolean refreshAfterRejection(Headers used) {
                return false;
            }
        };
    }

    static RequestAuthenticator iamToken(IamTokenProvider provider) {
        Objects.requireNonNull(provider, "provider == null");
        return new RequestAuthenticator() {
            @Override
            public Headers authenticate(String method, HttpUrl url, Headers signedHeaders, byte[] body) {
                return Headers.of("X-Auth-Token", provider.token());
            }

            @Override
            public boolean refreshAfterRejection(Headers used) {
                String token = used.get("X-Auth-Token");
                if (token == null) {
                    return false;
                }
                provider.invalidate(token);
                return true;
            }
        };
    }
}
