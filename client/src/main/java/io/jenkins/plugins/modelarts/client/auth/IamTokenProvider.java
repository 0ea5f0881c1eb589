package io.jenkins.plugins.modelarts.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.internal.ErrorBodies;
import io.jenkins.plugins.modelarts.client.json.Json;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Exchanges an IAM user's password for a project-scoped token ({@code POST /v3/auth/tokens}) and
 * caches it until it is close to expiry.
 *
 * <p>A token is refreshed once less than {@code refreshMargin} (default one hour) of its lifetime is
 * left, or half its lifetime if that is shorter. Only one thread fetches at a time; the others wait
 * for its result. After the service rejects a token, {@link #invalidate(String)} makes the next
 * {@link #token()} fetch a new one.
 *
 * <p>Each call of {@link #token()} makes at most one IAM request, without retries (a caller such as
 * the transport retries). Failures are {@link ApiException} (IAM answered with an error, for example a
 * wrong password) or {@link TransportException}; neither message ever contains the password.
 *
 * <p>Thread-safe.
 */
public final class IamTokenProvider {
    static final String CALL = "POST /v3/auth/tokens";
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
    private static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");

    private final OkHttpClient client;
    private final IamPasswordCredentials credentials;
    private final String projectId;
    private final HttpUrl tokensUrl;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Object fetchLock = new Object();
    private volatile CachedToken current;

    private IamTokenProvider(Builder b) {
        this.client = Objects.requireNonNull(b.okHttpClient, "okHttpClient == null");
        this.credentials = Objects.requireNonNull(b.credentials, "credentials == null");
        this.projectId = Objects.requireNonNull(b.projectId, "projectId == null");
        this.clock = Objects.requireNonNull(b.clock, "clock == null");
        this.refreshMargin = Objects.requireNonNull(b.refreshMargin, "refreshMargin == null");
        String endpoint = b.iamEndpoint != null ? b.iamEndpoint : credentials.iamEndpoint();
        if (endpoint == null) {
            throw new IllegalArgumentException("No IAM endpoint: set it on the credentials or the builder");
        }
        this.tokensUrl = tokensUrl(endpoint);
    }

    private static HttpUrl tokensUrl(String endpoint) {
        HttpUrl base = HttpUrl.parse(endpoint.trim());
        if (base == null) {
            throw new IllegalArgumentException("IAM endpoint is not an http(s) URL: " + endpoint);
        }
        // addPathSegment replaces a trailing empty segment, so "https://iam.example.com/" works too
        return base.newBuilder().query(null).fragment(null).addPathSegment("v3").addPathSegment("auth").addPathSegment("tokens")
                .addQueryParameter("nocatalog", "true").build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A valid token: the cached one, or a new one when none is cached or it is close to expiry. */
    public String token() {
        CachedToken t = current;
        if (isFresh(t)) {
            return t.value();
        }
        synchronized (fetchLock) {
            t = current;
            if (isFresh(t)) {
                return t.value();
            }
            t = fetch();
            current = t;
            return t.value();
        }
    }

    /** Forgets the cached token, whatever it is. */
    public void invalidate() {
        current = null;
    }

    /**
     * Forgets {@code rejected} if it is still the cached token. A token another thread fetched in the
     * meantime is kept, so concurrent rejections cause one fetch, not many.
     */
    public void invalidate(String rejected) {
        synchronized (fetchLock) {
            CachedToken t = current;
            if (t != null && t.value().equals(rejected)) {
                current = null;
            }
        }
    }

    private boolean isFresh(CachedToken t) {
        return t != null && clock.instant().isBefore(t.refreshAt());
    }

    private CachedToken fetch() {
        Request request = new Request.Builder()
                .url(tokensUrl)
                .header("Accept", "application/json")
                .post(RequestBody.create(requestBody(), JSON))
                .build();
        Instant fetchedAt = clock.instant();
        try (Response response = client.newCall(request).execute()) {
            byte[] body = response.body().bytes();
            if (!response.isSuccessful()) {
                throw scrubbed(ErrorBodies.toApiException(response.code(), body, response.header("X-Request-Id"), CALL));
            }
            String token = response.header("X-Subject-Token");
            if (token == null || token.isBlank() || !Redaction.isHeaderSafe(token)) {
                throw new ResponseDecodingException("IAM answered " + CALL + " with HTTP " + response.code()
                        + " but without a usable X-Subject-Token header", null);
            }
            Instant expiresAt = expiresAt(body, fetchedAt);
            return new CachedToken(token, expiresAt, refreshAt(fetchedAt, expiresAt));
        } catch (IOException e) {
            throw new TransportException("IAM token request " + CALL + " to " + tokensUrl.host()
                    + " failed: " + scrub(String.valueOf(e.getMessage())), e);
        }
    }

    private byte[] requestBody() {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", credentials.userName());
        user.put("password", credentials.password());
        user.putObject("domain").put("name", credentials.domainName());
        auth.putObject("scope").putObject("project").put("id", projectId);
        try {
            return Json.mapper().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the IAM token request", e);
        }
    }

    /** {@code token.expires_at}; when missing or unreadable, the documented 24 hours from now. */
    private static Instant expiresAt(byte[] body, Instant fetchedAt) {
        try {
            JsonNode expires = Json.mapper().readTree(body).path("token").path("expires_at");
            if (expires.isTextual()) {
                return Instant.parse(expires.asText());
            }
        } catch (IOException | DateTimeParseException unreadable) {
            // fall through to the documented lifetime
        }
        return fetchedAt.plus(DEFAULT_LIFETIME);
    }

    private Instant refreshAt(Instant fetchedAt, Instant expiresAt) {
        Duration lifetime = Duration.between(fetchedAt, expiresAt);
        Duration half = lifetime.isNegative() ? Duration.ZERO : lifetime.dividedBy(2);
        return expiresAt.minus(refreshMargin.compareTo(half) < 0 ? refreshMargin : half);
    }

    private ApiException scrubbed(ApiException e) {
        String message = e.errorMessage();
        if (message == null || !message.contains(credentials.password()) || credentials.password().isEmpty()) {
            return e;
        }
        return new ApiException(e.httpStatus(), e.errorCode(), scrub(message), e.requestId(), e.call());
    }

    private String scrub(String text) {
        String password = credentials.password();
        return password.isEmpty() ? text : text.replace(password, Redaction.MARK);
    }

    @Override
    public String toString() {
        return "IamTokenProvider[user=" + credentials.userName() + ", domain=" + credentials.domainName()
                + ", iam=" + tokensUrl.host() + ", token=" + (current == null ? "none" : Redaction.MARK) + "]";
    }

    private record CachedToken(String value, Instant expiresAt, Instant refreshAt) {
        @Override
        public String toString() {
            return "CachedToken[value=" + Redaction.MARK + ", expiresAt=" + expiresAt + "]";
        }
    }

    /** Builds an {@link IamTokenProvider}. Credentials, project id and an OkHttp client are required. */
    public static final class Builder {
        private OkHttpClient okHttpClient;
        private IamPasswordCredentials credentials;
        private String projectId;
        private String iamEndpoint;
        private Clock clock = Clock.systemUTC();
        private Duration refreshMargin = Duration.ofHours(1);

        private Builder() {}

        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = okHttpClient;
            return this;
        }

        public Builder credentials(IamPasswordCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** The project the token is scoped to. */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /** Overrides {@link IamPasswordCredentials#iamEndpoint()}. */
        public Builder iamEndpoint(String iamEndpoint) {
            this.iamEndpoint = iamEndpoint;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How long before expiry a token is replaced. Default one hour. */
        public Builder refreshMargin(Duration refreshMargin) {
            if (refreshMargin != null && refreshMargin.isNegative()) {
                throw new IllegalArgumentException("refreshMargin is negative: " + refreshMargin);
            }
            this.refreshMargin = refreshMargin;
            return this;
        }

        public IamTokenProvider build() {
            return new IamTokenProvider(this);
        }
    }
}
