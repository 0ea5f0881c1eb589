package io.jenkins.plugins.modelarts.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.Endpoints;
import io.jenkins.plugins.modelarts.client.HttpLogger;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.Credentials;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;
import io.jenkins.plugins.modelarts.client.auth.IamTokenProvider;
import io.jenkins.plugins.modelarts.client.auth.TokenCredentials;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.DeadlineExceededException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The OkHttp {@link ApiTransport}: builds the URL and body once, then per attempt adds
 * {@code X-Project-Id} and authentication (a fresh AK/SK signature, or an IAM token), sends, and
 * judges the answer; retries as the {@link RetryPolicy} allows, waiting with the injected sleeper.
 *
 * <p>After an authentication failure with an IAM token, the token is dropped and the call repeated
 * once with a new one; this does not count as a retry. Failures of the IAM token request itself are
 * retried like a request that was never sent, since the ModelArts call was not made yet.
 *
 * <p>Thread-safe; build one per endpoint, project and credentials and share it. See {@link Builder}
 * for the options.
 */
public final class RealApiTransport implements ApiTransport {
    private static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");
    private static final byte[] EMPTY = new byte[0];
    static final String DEFAULT_USER_AGENT = "modelarts-jenkins-client";
    static final long DEFAULT_CALL_TIMEOUT_SECONDS = 60;
    /** One HTTP exchange, DNS to the answer's last byte: {@value #DEFAULT_CALL_TIMEOUT_SECONDS} s. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(DEFAULT_CALL_TIMEOUT_SECONDS);
    /** The TLS handshake: 10 s. */
    public static final Duration DEFAULT_TLS_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    /** The largest answer read: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final WireRequests wire;
    private final String projectId;
    private final String userAgent;
    private final RequestAuthenticator authenticator;
    private final OkHttpClient idempotentClient;
    private final OkHttpClient nonIdempotentClient;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;
    private final long maxResponseBytes;

    private RealApiTransport(Builder b, HttpUrl endpoint, OkHttpClient idempotentClient) {
        this.wire = new WireRequests(endpoint, b.projectId);
        this.projectId = b.projectId;
        this.userAgent = b.userAgent;
        this.idempotentClient = idempotentClient;
        this.nonIdempotentClient = TransportClients.forNonIdempotent(idempotentClient);
        this.authenticator = authenticator(b, idempotentClient);
        this.retryPolicy = b.retryPolicy;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.maxResponseBytes = b.maxResponseBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JsonNode execute(ApiRequest request) {
        return execute(request, null);
    }

    @Override
    public JsonNode execute(ApiRequest request, Deadline deadline) {
        Objects.requireNonNull(request, "request == null");
        HttpUrl url = wire.url(request);
        byte[] json = WireRequests.body(request);
        byte[] sent = json != null ? json : EMPTY;
        RequestBody body = json != null || requiresBody(request.method()) ? RequestBody.create(sent, JSON) : null;
        boolean reauthenticated = false;
        RuntimeException last = null;
        for (int attempt = 1; ; attempt++) {
            if (deadline != null && deadline.hasPassed()) {
                throw deadlineExceeded(request, attempt - 1, last);
            }
            Optional<Duration> retryAfter = Optional.empty();
            try {
                return attempt(request, url, body, sent, deadline);
            } catch (Rejection r) {
                if (!reauthenticated && r.mayReauthenticate() && authenticator.refreshAfterRejection(r.authHeaders)) {
                    reauthenticated = true;
                    attempt--;
                    continue;
                }
                if (!retryPolicy.isRetryable(r.error, r.beforeSending || request.idempotent())
                        || !retryPolicy.hasAttemptsLeft(attempt)) {
                    throw r.retryAfter.map(r.error::withRetryAfter).orElse(r.error);
                }
                retryAfter = r.retryAfter;
                last = r.error;
            } catch (IoFailure f) {
                if (!retryPolicy.isRetryable(f.ioException, request.idempotent(), f.mayHaveBeenSent)) {
                    throw transportFailure(request, attempt, f, " (not retried: the service may have received it)");
                }
                if (!retryPolicy.hasAttemptsLeft(attempt)) {
                    throw transportFailure(request, attempt, f, "");
                }
                last = transportFailure(request, attempt, f, "");
            }
            Duration delay = retryPolicy.delayBeforeRetry(attempt, retryAfter, random);
            if (deadline != null && delay.compareTo(deadline.remaining()) >= 0) {
                throw deadlineExceeded(request, attempt, last);
            }
            sleep(request, delay);
        }
    }

    private static DeadlineExceededException deadlineExceeded(ApiRequest request, int attempts, RuntimeException last) {
        return new DeadlineExceededException("ModelArts request " + request.describe() + " did not succeed before its deadline ("
                + attempts + (attempts == 1 ? " attempt" : " attempts")
                + (last == null ? ")" : "; last: " + last.getMessage() + ")"), last);
    }

    /** The policy of this transport's own retries, also used for an ambiguous create's recovery. */
    @Override
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    @Override
    public Sleeper sleeper() {
        return sleeper;
    }

    @Override
    public Random random() {
        return random;
    }

    private JsonNode attempt(ApiRequest request, HttpUrl url, RequestBody body, byte[] sent, Deadline deadline)
            throws Rejection, IoFailure {
        Headers signed = Headers.of("X-Project-Id", projectId);
        Headers auth;
        try {
            auth = authenticator.authenticate(request.method(), url, signed, sent);
        } catch (ApiException iamRefused) {
            throw new Rejection(iamRefused, Optional.empty(), null, true);
        } catch (TransportException iamUnreachable) {
            throw new IoFailure(asIoException(iamUnreachable), false);
        }
        SendTracker.Attempt mark = new SendTracker.Attempt();
        Headers headers = signed.newBuilder()
                .add("Accept", "application/json")
                .add("User-Agent", userAgent)
                .addAll(auth)
                .build();
        Request wireRequest = new Request.Builder()
                .url(url)
                .method(request.method(), body)
                .headers(headers)
                .tag(SendTracker.Attempt.class, mark)
                .build();
        OkHttpClient client = request.idempotent() ? idempotentClient : nonIdempotentClient;
        Call call = client.newCall(wireRequest);
        if (deadline != null) {
            long left = Math.max(1, deadline.remaining().toMillis());
            long callTimeout = client.callTimeoutMillis();
            call.timeout().timeout(callTimeout == 0 ? left : Math.min(callTimeout, left), TimeUnit.MILLISECONDS);
        }
        try (Response response = call.execute()) {
            byte[] bytes = BoundedBodies.read(response, maxResponseBytes, request);
            try {
                return ResponseDecoder.decode(request, response.code(), bytes, response.header("X-Request-Id"));
            } catch (ApiException e) {
                Optional<Duration> retryAfter = RetryPolicy.parseRetryAfter(response.header("Retry-After"), clock.instant());
                throw new Rejection(e, retryAfter, auth, false);
            }
        } catch (IOException e) {
            throw new IoFailure(e, mark.mayHaveBeenSent());
        }
    }

    private void sleep(ApiRequest request, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("ModelArts request " + request.describe() + " was interrupted while waiting to retry",
                    new InterruptedIOException("interrupted"));
        }
    }

    private static TransportException transportFailure(ApiRequest request, int attempts, IoFailure f, String note) {
        String cause = f.ioException.getMessage() != null ? f.ioException.getMessage() : f.ioException.getClass().getSimpleName();
        return new TransportException("ModelArts request " + request.describe() + " failed after " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + note + ": " + cause, f.ioException);
    }

    private static IOException asIoException(TransportException e) {
        return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    private static RequestAuthenticator authenticator(Builder b, OkHttpClient client) {
        if (b.credentials instanceof AkSkCredentials aksk) {
            return RequestAuthenticator.akSk(aksk, b.clock);
        }
        if (b.credentials instanceof TokenCredentials token) {
            return RequestAuthenticator.fixedToken(token.token());
        }
        IamPasswordCredentials iam = (IamPasswordCredentials) b.credentials;
        return RequestAuthenticator.iamToken(IamTokenProvider.builder()
                .credentials(iam)
                .iamEndpoint(iam.iamEndpoint() != null ? iam.iamEndpoint() : Endpoints.iamForModelArts(b.endpoint))
                .projectId(b.projectId)
                .okHttpClient(client)
                .clock(b.clock)
                .refreshMargin(b.tokenRefreshMargin)
                .build());
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /**
     * Configures a {@link RealApiTransport}. Endpoint, project id and credentials are required.
     */
    public static final class Builder {
        private String endpoint;
        private String projectId;
        private Credentials credentials;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Random random;
        private OkHttpClient okHttpClient;
        private HttpLogger logger;
        private HttpLogger.Level logLevel = HttpLogger.Level.NONE;
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration tokenRefreshMargin = Duration.ofHours(1);
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Duration tlsHandshakeTimeout = DEFAULT_TLS_HANDSHAKE_TIMEOUT;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder() {}

        /** {@code https://modelarts.cn-north-4.myhuaweicloud.com}; http allowed, a path prefix and a trailing slash tolerated. */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
            return this;
        }

        /** For {@code X-Sdk-Date}, token expiry and HTTP-date {@code Retry-After}. Default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** How to wait between attempts. Default {@link Sleeper#SYSTEM}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** The jitter source; pass a seeded one for repeatable delays. */
        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random, "random == null");
            return this;
        }

        /**
         * The client to derive from (its pool, dispatcher, timeouts, proxy). Redirects are always
         * turned off: a redirect would carry the token elsewhere. Default: 10 s connect, 30 s read
         * and write timeouts (each between two packets); {@link #callTimeout} and
         * {@link #tlsHandshakeTimeout} are added unless this client sets a call timeout or its own
         * socket factory without a trust manager.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
            return this;
        }

        /** Where to log HTTP traffic, and how much. Default: nothing. */
        public Builder logger(HttpLogger logger, HttpLogger.Level level) {
            this.logger = Objects.requireNonNull(logger, "logger == null");
            this.logLevel = Objects.requireNonNull(level, "level == null");
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent == null");
            return this;
        }

        /** With IAM password credentials: how long before expiry a token is replaced. Default one hour. */
        public Builder tokenRefreshMargin(Duration tokenRefreshMargin) {
            this.tokenRefreshMargin = Objects.requireNonNull(tokenRefreshMargin, "tokenRefreshMargin == null");
            return this;
        }

        /**
         * The longest one HTTP exchange may take, from DNS to the last byte of the answer, whatever
         * the server trickles (default {@value #DEFAULT_CALL_TIMEOUT_SECONDS} s; zero for none). A
         * call's retries each get this much, within the call's {@link Deadline} if it has one.
         * Ignored when the {@link #okHttpClient} sets its own call timeout.
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = nonNegative(callTimeout, "callTimeout");
            return this;
        }

        /** The longest a TLS handshake may wait for the server (default 10 s; zero for the read timeout). */
        public Builder tlsHandshakeTimeout(Duration tlsHandshakeTimeout) {
            this.tlsHandshakeTimeout = nonNegative(tlsHandshakeTimeout, "tlsHandshakeTimeout");
            return this;
        }

        /**
         * The largest answer body read, in bytes (default 16 MiB). A larger answer is not read: the
         * call fails with a {@code ResponseDecodingException} and is not retried.
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " is negative: " + d);
            }
            return d;
        }

        public RealApiTransport build() {
            HttpUrl base = WireRequests.parseEndpoint(endpoint);
            Objects.requireNonNull(projectId, "projectId == null");
            if (projectId.isBlank()) {
                throw new IllegalArgumentException("projectId is blank");
            }
            Objects.requireNonNull(credentials, "credentials == null");
            if (random == null) {
                random = new Random();
            }
            OkHttpClient client = TransportClients.forIdempotent(okHttpClient, logger, logLevel, callTimeout, tlsHandshakeTimeout);
            return new RealApiTransport(this, base, client);
        }
    }
}
