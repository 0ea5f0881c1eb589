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
 * <p>Thread-safe; build one per endpoint, project and credentials and share it. Built by
 * {@code ModelArtsClient.Builder}, where the options are described.
 */
public final class RealApiTransport implements ApiTransport {
    private static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");
    private static final byte[] EMPTY = new byte[0];
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

    private RealApiTransport(TransportSettings settings, HttpUrl endpoint, OkHttpClient idempotentClient) {
        this.wire = new WireRequests(endpoint, settings.projectId());
        this.projectId = settings.projectId();
        this.userAgent = settings.userAgent();
        this.idempotentClient = idempotentClient;
        this.nonIdempotentClient = TransportClients.forNonIdempotent(idempotentClient);
        this.authenticator = authenticator(settings, idempotentClient);
        this.retryPolicy = settings.retryPolicy();
        this.clock = settings.clock();
        this.sleeper = settings.sleeper();
        this.random = settings.random();
        this.maxResponseBytes = settings.maxResponseBytes();
    }

    /**
     * The transport for {@code settings}.
     *
     * @throws NullPointerException without a project id or credentials
     * @throws IllegalArgumentException for a malformed endpoint or a blank project id
     */
    public static RealApiTransport create(TransportSettings settings) {
        HttpUrl base = WireRequests.parseEndpoint(settings.endpoint());
        Objects.requireNonNull(settings.projectId(), "projectId == null");
        if (settings.projectId().isBlank()) {
            throw new IllegalArgumentException("projectId is blank");
        }
        Objects.requireNonNull(settings.credentials(), "credentials == null");
        OkHttpClient client = TransportClients.forIdempotent(settings.okHttpClient(), settings.logger(),
                settings.logLevel(), settings.callTimeout(), settings.tlsHandshakeTimeout(), cleartextOnly(base, settings));
        return new RealApiTransport(settings, base, client);
    }

    /** Whether no call can need TLS: a plain-HTTP endpoint, and no IAM endpoint that is (or defaults to) https. */
    static boolean cleartextOnly(HttpUrl base, TransportSettings settings) {
        if (base.isHttps()) {
            return false;
        }
        if (settings.credentials() instanceof io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials iam) {
            return iam.iamEndpoint() != null && iam.iamEndpoint().toLowerCase(java.util.Locale.ROOT).startsWith("http://");
        }
        return true;
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

    private static RequestAuthenticator authenticator(TransportSettings settings, OkHttpClient client) {
        if (settings.credentials() instanceof AkSkCredentials aksk) {
            return RequestAuthenticator.akSk(aksk, settings.clock());
        }
        if (settings.credentials() instanceof TokenCredentials token) {
            return RequestAuthenticator.fixedToken(token.token());
        }
        IamPasswordCredentials iam = (IamPasswordCredentials) settings.credentials();
        return RequestAuthenticator.iamToken(IamTokenProvider.builder()
                .credentials(iam)
                .iamEndpoint(iam.iamEndpoint() != null ? iam.iamEndpoint() : Endpoints.iamForModelArts(settings.endpoint()))
                .projectId(settings.projectId())
                .okHttpClient(client)
                .clock(settings.clock())
                .refreshMargin(settings.tokenRefreshMargin())
                .build());
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
