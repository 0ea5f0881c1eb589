package io.jenkins.plugins.modelarts.client.internal;

import io.jenkins.plugins.modelarts.client.HttpLogger;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.auth.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import okhttp3.OkHttpClient;

/**
 * What {@code ModelArtsClient.Builder} (the one place settings are given, checked and defaulted)
 * hands to {@link RealApiTransport#create}. {@code endpoint}, {@code projectId} and
 * {@code credentials} may still be missing or malformed: {@code create} says so. {@code okHttpClient}
 * and {@code logger} may be null.
 */
public record TransportSettings(
        String endpoint,
        String projectId,
        Credentials credentials,
        RetryPolicy retryPolicy,
        Clock clock,
        Sleeper sleeper,
        Random random,
        OkHttpClient okHttpClient,
        HttpLogger logger,
        HttpLogger.Level logLevel,
        String userAgent,
        Duration tokenRefreshMargin,
        Duration callTimeout,
        Duration tlsHandshakeTimeout,
        long maxResponseBytes) {}
