package io.jenkins.plugins.modelarts.client.internal;

import io.jenkins.plugins.modelarts.client.HttpLogger;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The two OkHttp clients a transport uses, both derived from one base so they share its dispatcher
 * and settings. Both bound a whole call ({@code callTimeout}, unless the base sets its own) and the
 * TLS handshake ({@link HandshakeTimeoutSocketFactory}).
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

    /**
     * @param cleartextOnly every endpoint is {@code http://} (a local emulator): without a base client,
     *     one that speaks no TLS is used, so that the JDK's TLS stack is never loaded (a command starts faster)
     */
    static OkHttpClient forIdempotent(OkHttpClient base, HttpLogger logger, HttpLogger.Level level,
            Duration callTimeout, Duration tlsHandshakeTimeout, boolean cleartextOnly) {
        OkHttpClient from = base != null ? base : cleartextOnly ? CleartextClient.INSTANCE : DefaultClient.INSTANCE;
        OkHttpClient.Builder b = from.newBuilder();
        b.followRedirects(false).followSslRedirects(false);
        if (from.callTimeoutMillis() == 0 && !callTimeout.isZero()) {
            b.callTimeout(callTimeout);
        }
        X509TrustManager trust = from.x509TrustManager();
        if (trust != null && !tlsHandshakeTimeout.isZero() && !(from.sslSocketFactory() instanceof HandshakeTimeoutSocketFactory)) {
            b.sslSocketFactory(new HandshakeTimeoutSocketFactory(from.sslSocketFactory(), tlsHandshakeTimeout), trust);
        }
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

    /** The default client's settings for plain-HTTP endpoints only: no TLS connection spec, so no TLS set-up. */
    private static final class CleartextClient {
        static final OkHttpClient INSTANCE = new OkHttpClient.Builder()
                .connectionSpecs(java.util.List.of(okhttp3.ConnectionSpec.CLEARTEXT))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** One default client per JVM, so that transports built without a client share threads. */
    private static final class DefaultClient {
        static final OkHttpClient INSTANCE = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }
}
