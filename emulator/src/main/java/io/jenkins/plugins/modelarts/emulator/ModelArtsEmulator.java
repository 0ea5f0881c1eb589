package io.jenkins.plugins.modelarts.emulator;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.modelarts.emulator.http.EmulatorServer;
import io.jenkins.plugins.modelarts.emulator.service.ScriptBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A local ModelArts training API (v1, v2, training job configurations), IAM token endpoint and OBS
 * subset, on one HTTP port of 127.0.0.1: the embedded default for the demo and the test double of
 * every test.
 *
 * <pre>{@code
 * try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start()) {
 *     emulator.defaultScript(JobScript.afterStatusReads(5));
 *     // point a client at emulator.baseUrl() with emulator.projectId(), accessKey(), secretKey()
 * }
 * }</pre>
 *
 * <p>Requests are authenticated like the cloud's (AK/SK signatures or IAM tokens) unless
 * {@link Builder#authRequired(boolean)} is false. Jobs progress by their {@link JobScript};
 * {@link Builder#replay(Path)} makes them replay a recorded job ({@link Fixture});
 * {@link #faults()} injects throttling, server errors, dropped connections and more;
 * {@link #journal()} records every request. Thread-safe.
 */
public final class ModelArtsEmulator implements AutoCloseable {
    /** The fixed defaults: test values, not secrets. */
    public static final String DEFAULT_PROJECT_ID = "0123456789abcdef0123456789abcdef";
    public static final String DEFAULT_ACCESS_KEY = "EMULATORACCESSKEY0001";
    public static final String DEFAULT_SECRET_KEY = "emulator-secret-key-not-a-real-secret";
    public static final String DEFAULT_IAM_USER = "emulator-user";
    public static final String DEFAULT_IAM_PASSWORD = "emulator-password";
    public static final String DEFAULT_IAM_DOMAIN = "emulator-account";

    private final Builder settings;
    private EmulatorServer server;
    private HttpServer http;

    private ModelArtsEmulator(Builder settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns this. */
    public synchronized ModelArtsEmulator start() {
        if (http != null) {
            throw new IllegalStateException("already started");
        }
        // The JDK server writes headers and body separately; without TCP_NODELAY small answers wait
        // ~40 ms for the client's delayed ACK. Read once by the JDK, so set it before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + settings.port + ": " + e.getMessage(), e);
        }
        server = new EmulatorServer(http, settings.clock, settings.authRequired, settings.projectId, settings.accessKey,
                settings.secretKey, settings.iamUser, settings.iamPassword, settings.iamDomain, settings.log);
        replayFixtures();
        server.start();
        settings.log.accept("ModelArts emulator listening on " + baseUrl());
        return this;
    }

    /** {@code http://127.0.0.1:PORT}, the endpoint for clients (ModelArts, IAM and OBS alike). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return running().address().getPort();
    }


    public String projectId() {
        return settings.projectId;
    }

    public String accessKey() {
        return settings.accessKey;
    }

    public String secretKey() {
        return settings.secretKey;
    }

    public String iamUser() {
        return settings.iamUser;
    }

    public String iamPassword() {
        return settings.iamPassword;
    }

    public String iamDomain() {
        return settings.iamDomain;
    }

    /** The script of every job that no name pattern or steering parameter overrides. */
    public ModelArtsEmulator defaultScript(JobScript script) {
        running().scripts().setDefault(script);
        return this;
    }

    /** The script of jobs whose name matches {@code namePattern} (exact, or a glob with {@code *}). */
    public ModelArtsEmulator scriptFor(String namePattern, JobScript script) {
        running().scripts().put(Objects.requireNonNull(namePattern, "namePattern == null"), script);
        return this;
    }

    public Faults faults() {
        return running().faults();
    }

    public Journal journal() {
        return running().journal();
    }

    /** The OBS buckets, to put objects tests read back through the OBS client. */
    public ObsBuckets obs() {
        return running().obs();
    }

    /** Forgets every job, configuration, object, token, script, fault and journal entry; the builder's fixtures stay. */
    public void reset() {
        running().reset();
        replayFixtures();
    }

    /** The recordings that jobs replay ({@link Builder#replay(Path)}), in the order given. */
    public List<Fixture> fixtures() {
        return List.copyOf(settings.fixtures.values());
    }

    /** How long a replay takes at most on the emulator's clock ({@link Builder#replayTime(Duration)}). */
    public Duration replayTime() {
        return settings.replayTime;
    }

    /**
     * Jobs named as a fixture's recorded job replay it; with a single fixture, every job does (the one
     * decision of which jobs replay, emulator/README.md). Scripts set later, and a job's steering
     * parameters, still win.
     */
    private void replayFixtures() {
        ScriptBook scripts = server.scripts();
        for (Fixture fixture : settings.fixtures.values()) {
            scripts.put(fixture.jobName(), fixture.script(settings.replayTime));
        }
        if (settings.fixtures.size() == 1) {
            scripts.setDefault(settings.fixtures.values().iterator().next().script(settings.replayTime));
        }
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            server.stop();
            http = null;
        }
    }

    private EmulatorServer running() {
        EmulatorServer s = server;
        if (s == null || http == null) {
            throw new IllegalStateException("the emulator is not running: call start()");
        }
        return s;
    }

    /** Emulator settings; every one has a documented default. */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.systemUTC();
        private boolean authRequired = true;
        private String projectId = DEFAULT_PROJECT_ID;
        private String accessKey = DEFAULT_ACCESS_KEY;
        private String secretKey = DEFAULT_SECRET_KEY;
        private String iamUser = DEFAULT_IAM_USER;
        private String iamPassword = DEFAULT_IAM_PASSWORD;
        private String iamDomain = DEFAULT_IAM_DOMAIN;
        private Consumer<String> log = line -> {};
        private final Map<String, Fixture> fixtures = new LinkedHashMap<>();
        private Duration replayTime = Fixture.DEFAULT_REPLAY_TIME;

        private Builder() {}

        /** Port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The clock for job timing, token expiry and signature dates. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        public Builder authRequired(boolean required) {
            this.authRequired = required;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = Objects.requireNonNull(projectId, "projectId == null");
            return this;
        }

        public Builder credentials(String accessKey, String secretKey) {
            this.accessKey = Objects.requireNonNull(accessKey, "accessKey == null");
            this.secretKey = Objects.requireNonNull(secretKey, "secretKey == null");
            return this;
        }

        public Builder iamUser(String user, String password, String domain) {
            this.iamUser = Objects.requireNonNull(user, "user == null");
            this.iamPassword = Objects.requireNonNull(password, "password == null");
            this.iamDomain = Objects.requireNonNull(domain, "domain == null");
            return this;
        }

        /** Where the emulator writes one line per request; nothing by default. */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log == null");
            return this;
        }

        /**
         * Jobs replay the recorded job of this fixture file ({@link Fixture}): read now, so a bad file fails
         * here, naming the file. Repeatable, one fixture per recorded job name.
         *
         * @throws IllegalArgumentException for a file that is not a usable fixture, or a second fixture of a job name
         * @throws java.io.UncheckedIOException for a file that cannot be read
         */
        public Builder replay(Path fixtureFile) {
            return replay(Fixture.load(Objects.requireNonNull(fixtureFile, "fixtureFile == null")));
        }

        /** Jobs replay this recording; see {@link #replay(Path)}. */
        public Builder replay(Fixture fixture) {
            Fixture other = fixtures.putIfAbsent(fixture.jobName(), fixture);
            if (other != null) {
                throw new IllegalArgumentException("fixtures " + other.source() + " and " + fixture.source()
                        + " both record a job named " + fixture.jobName() + ": replay one of them");
            }
            return this;
        }

        /**
         * The most a replay takes on the emulator's clock (default {@link Fixture#DEFAULT_REPLAY_TIME}, 10 s): the
         * recorded time is compressed into it, a shorter one is replayed as it was; zero ends a replay at its first read.
         */
        public Builder replayTime(Duration maxTime) {
            if (Objects.requireNonNull(maxTime, "maxTime == null").isNegative()) {
                throw new IllegalArgumentException("the replay time must not be negative, got " + maxTime);
            }
            this.replayTime = maxTime;
            return this;
        }

        public ModelArtsEmulator build() {
            return new ModelArtsEmulator(this);
        }
    }
}
