package io.jenkins.plugins.modelarts.client.internal;

import io.jenkins.plugins.modelarts.client.errors.ApiException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;

/**
 * One attempt's answer was an error: from the service, or from IAM while getting a token
 * ({@code beforeSending}: the ModelArts request itself was not sent). Control flow inside
 * {@link RealApiTransport} only; no stack trace.
 */
final class Rejection extends Exception {
    private static final long serialVersionUID = 1L;

    final transient ApiException error;
    final transient Optional<Duration> retryAfter;
    final transient Headers authHeaders;
    final boolean beforeSending;

    Rejection(ApiException error, Optional<Duration> retryAfter, Headers authHeaders, boolean beforeSending) {
        super(null, null, false, false);
        this.error = error;
        this.retryAfter = retryAfter;
        this.authHeaders = authHeaders;
        this.beforeSending = beforeSending;
    }

    /** The service (not IAM) rejected the credentials: a new token may help. */
    boolean mayReauthenticate() {
        return !beforeSending && authHeaders != null && error.isAuthenticationFailure();
    }
}
