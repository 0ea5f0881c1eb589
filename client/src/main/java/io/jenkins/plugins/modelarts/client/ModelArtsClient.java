package io.jenkins.plugins.modelarts.client;

import io.jenkins.plugins.modelarts.client.auth.Credentials;
import io.jenkins.plugins.modelarts.client.internal.DeadlineTransport;
import io.jenkins.plugins.modelarts.client.internal.RealApiTransport;
import io.jenkins.plugins.modelarts.client.internal.TransportSettings;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import okhttp3.OkHttpClient;

/**
 * A client for the ModelArts training API of one project in one region.
 *
 * <h2>ModelArtsClients should be shared</h2>
 *
 * <p>A client holds a connection pool and, with IAM password credentials, a cached token. Create
 * one per endpoint, project and set of credentials and reuse it for every call: it is immutable and
 * thread-safe, and so are its sub-clients. {@link #close()} exists for try-with-resources and
 * releases nothing that would not be released when idle.
 *
 * <pre>{@code
 * ModelArtsClient client = ModelArtsClient.builder()
 *     .region("cn-north-4")
 *     .projectId(System.getenv("HUAWEICLOUD_SDK_PROJECT_ID"))
 *     .credentials(AkSkCredentials.of(System.getenv("HUAWEICLOUD_SDK_AK"), System.getenv("HUAWEICLOUD_SDK_SK")))
 *     .build();
 *
 * CreateTrainingJobResponse job = client.jobsV1().create(request);
 * TrainingJobVersion version = client.jobsV1().version(job.jobId(), job.versionId());
 * }</pre>
 *
 * <h2>Sub-clients</h2>
 * <ul>
 *   <li>{@link #jobsV1()}: v1 jobs and versions (create, list, versions, stop, delete, logs);
 *   <li>{@link #jobsV2()}: v2 jobs (create, get, search, terminate, delete, log preview, metrics);
 *   <li>{@link #jobConfigs()}: stored v1 training job configurations.
 *   <li>{@link #catalog()}: resource flavors, AI engines and built-in algorithms.
 * </ul>
 *
 * <h2>Time and size limits</h2>
 * <ul>
 *   <li>Connect 10 s, TLS handshake 10 s ({@link Builder#tlsHandshakeTimeout}), read and write 30 s
 *       between two packets, and 60 s for a whole HTTP exchange, from DNS to the answer's last byte
 *       ({@link Builder#callTimeout}): a server that trickles its answer cannot hold a call longer.
 *   <li>Retries multiply that: a read may take up to {@code maxAttempts} exchanges plus the
 *       backoff between them. To bound a whole piece of work (a wait, a command), use a view with a
 *       {@link Deadline}: {@link #withDeadline}. Every call, retry, backoff sleep and create lookup
 *       through it ends by the deadline.
 *   <li>Answers larger than 16 MiB ({@link Builder#maxResponseBytes}) are not read: a
 *       {@code ResponseDecodingException}, not retried.
 * </ul>
 *
 * <h2>Errors</h2>
 * Every failure is an unchecked {@code ModelArtsException}: {@code RequestValidationException}
 * before anything is sent (listing every problem), {@code ApiException} when the service refuses,
 * {@code TransportException} when no answer came after the allowed retries, and
 * {@code ResponseDecodingException} when an answer cannot be read. Reads, stops and terminations
 * are retried per the {@link RetryPolicy}; creates never blindly (see {@link JobsV1#create}).
 *
 * <p>Tests and alternative transports can wrap any {@link ApiTransport} with {@link #create}.
 */
public final class ModelArtsClient implements AutoCloseable {
    private final ApiTransport transport;
    private final JobsV1 jobsV1;
    private final JobsV2 jobsV2;
    private final JobConfigs jobConfigs;
    private final ResourceCatalog catalog;

    /** A client over {@code transport}, which adds the project, authenticates and retries. */
    public ModelArtsClient(ApiTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport == null");
        this.jobConfigs = new JobConfigs(transport);
        this.jobsV1 = new JobsV1(transport, jobConfigs);
        this.jobsV2 = new JobsV2(transport);
        this.catalog = new ResourceCatalog(transport);
    }

    /** A client over {@code transport}; same as the constructor. */
    public static ModelArtsClient create(ApiTransport transport) {
        return new ModelArtsClient(transport);
    }

    public static Builder builder() {
        return new Builder();
    }

    public JobsV1 jobsV1() {
        return jobsV1;
    }

    public JobsV2 jobsV2() {
        return jobsV2;
    }

    public JobConfigs jobConfigs() {
        return jobConfigs;
    }

    /** Resource flavors, AI engines and built-in algorithms: what names resolve to ids against. */
    public ResourceCatalog catalog() {
        return catalog;
    }

    /**
     * A view of this client whose every call ends by {@code deadline}: each HTTP exchange is cut
     * short when the deadline comes, no retry starts and no backoff sleep ends after it, and an
     * ambiguous create's recovery stops looking when it passes. A call that runs out of time throws a
     * {@code DeadlineExceededException} (a {@code TransportException}); a create whose outcome it
     * left unknown throws a {@code CreateOutcomeUnknownException}. The view shares this client's
     * connections; closing it closes nothing. A view of a view keeps the earlier deadline.
     */
    public ModelArtsClient withDeadline(Deadline deadline) {
        return new ModelArtsClient(new DeadlineTransport(transport, Objects.requireNonNull(deadline, "deadline == null")));
    }

    /** Closes the transport if it holds resources that need closing; otherwise does nothing. */
    @Override
    public void close() {
        if (transport instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Cannot close " + transport, e);
            }
        }
    }

    /**
     * Configures a client that talks HTTP through OkHttp: the one place its settings are given,
     * checked and defaulted. {@link #endpoint} (or {@link #region}), {@link #projectId} and
     * {@link #credentials} are required.
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
        private String userAgent = "modelarts-jenkins-client";
        private Duration tokenRefreshMargin = Duration.ofHours(1);
        private Duration callTimeout = Duration.ofSeconds(60);
        private Duration tlsHandshakeTimeout = Duration.ofSeconds(10);
        private long maxResponseBytes = 16L * 1024 * 1024;

        private Builder() {}

        /**
         * {@code https://modelarts.cn-north-4.myhuaweicloud.com}, or a local emulator's
         * {@code http://127.0.0.1:port}. Replaces what {@link #region} set.
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
            return this;
        }

        /** The region's default public endpoint, {@link Endpoints#modelArts(String)}. Replaces what {@link #endpoint} set. */
        public Builder region(String region) {
            this.endpoint = Endpoints.modelArts(region);
            return this;
        }

        /** The IAM project of the region (32 hex characters). */
        public Builder projectId(String projectId) {
            this.projectId = Objects.requireNonNull(projectId, "projectId == null");
            return this;
        }

        /** AK/SK, an IAM user and password, or a fixed token. */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials == null");
            return this;
        }

        /** Default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
            return this;
        }

        /** For signatures, token expiry and {@code Retry-After} dates. Default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** How to wait between attempts. Default {@link Sleeper#SYSTEM}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** The jitter source of retries; pass a seeded one for repeatable delays. Default a new {@link Random}. */
        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random, "random == null");
            return this;
        }

        /**
         * An OkHttp client to share a pool, dispatcher, proxy or timeouts with. Redirects are always
         * turned off: a redirect would carry the token elsewhere. Default: 10 s connect, 30 s read and
         * write timeouts (each between two packets); {@link #callTimeout} and {@link #tlsHandshakeTimeout}
         * are added unless this client sets a call timeout or its own socket factory without a trust
         * manager.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
            return this;
        }

        /** Logs one line per request and response ({@link HttpLogger.Level#BASIC}), secrets redacted. */
        public Builder logger(HttpLogger logger) {
            return logger(logger, HttpLogger.Level.BASIC);
        }

        /** Logs HTTP traffic at {@code level}; secrets are always redacted and bodies never logged. Default: nothing. */
        public Builder logger(HttpLogger logger, HttpLogger.Level level) {
            this.logger = Objects.requireNonNull(logger, "logger == null");
            this.logLevel = Objects.requireNonNull(level, "level == null");
            return this;
        }

        /** The {@code User-Agent} header. */
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
         * The longest one HTTP exchange may take, from DNS to the answer's last byte (default 60 s;
         * zero for none). Each retry gets as long again; bound the whole with {@link #withDeadline}.
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
         * The largest answer read, in bytes (default 16 MiB, far above any documented answer: a v2
         * log preview holds at most 5 MB). A larger one fails the call with a
         * {@code ResponseDecodingException} without being read, and is not retried.
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

        /**
         * @throws IllegalStateException without an endpoint or region
         * @throws NullPointerException without a project id or credentials
         * @throws IllegalArgumentException for a malformed endpoint or a blank project id
         */
        public ModelArtsClient build() {
            return new ModelArtsClient(buildTransport());
        }

        /**
         * The HTTP transport alone, with these settings: to wrap (metrics, recording) before handing it
         * to {@link ModelArtsClient#create}. Throws as {@link #build()}.
         */
        public ApiTransport buildTransport() {
            if (endpoint == null) {
                throw new IllegalStateException("Set endpoint(...) or region(...)");
            }
            return RealApiTransport.create(new TransportSettings(endpoint, projectId, credentials, retryPolicy, clock,
                    sleeper, random != null ? random : new Random(), okHttpClient, logger, logLevel, userAgent,
                    tokenRefreshMargin, callTimeout, tlsHandshakeTimeout, maxResponseBytes));
        }
    }
}
