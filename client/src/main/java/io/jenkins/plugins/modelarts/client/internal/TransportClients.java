package io.jenkins.plugins.modelarts.client.internal;

import io.jenkins.plugins.modelarts.client.HttpLogger;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The two OkHttp clients a transport uses, both derived from one base so they share its dispatcher
 * and settings.
 *
 * <ul>
 *   <li>For idempotent requests: the base with redirects off, the optional logging interceptor and
 *       the {@link SendTracker}. OkHttp's own silent retry of a failed connection is left as the
 *       base configures it (on by default), which is harmless for a request that may be repeated.
 *   <li>For non-idempotent requests (creates): additionally no silent retry by OkHttp, and a fresh
 *       connection per request (a pool that keeps none idle). A pooled connection the server has
 *       already closed would otherwise fail after the request was written, which is indistinguishable
 *       from a failure after the service received it, and the create could not be retried.
 * </ul>
 */
final class TransportClients {
    private TransportClients() {}

    static OkHttpClient forIdempotent(OkHttpClient base, HttpLogger logger, HttpLogger.Level level) {
        OkHttpClient.Builder b = base != null ? base.newBuilder() : DefaultClient.INSTANCE.newBuilder();
        b.followRedirects(false).followSslRedirects(false);
        if (logger != null && level != HttpLogger.Level.NONE) {
            b.addInterceptor(new HttpLoggingInterceptor(logger, level));
        }
        return b.addNetworkInterceptor(SendTracker.INSTANCE).build();
    }

    static OkHttpClient forNonIdempotent(OkHttpClient idempotent) {
        return idempotent.newBuilder()
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .build();
    }

    /** One default client per JVM, so that transports built without a client share threads. */
    private static final class DefaultClient {
        static final OkHttpClient INSTANCE = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(60))
                .build();
    }
}
