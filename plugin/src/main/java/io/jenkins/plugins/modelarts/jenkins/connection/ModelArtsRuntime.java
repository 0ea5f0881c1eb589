package io.jenkins.plugins.modelarts.jenkins.connection;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.Terminator;
import io.jenkins.plugins.modelarts.core.poll.JobPoller;
import io.jenkins.plugins.modelarts.core.poll.PollerSettings;
import io.jenkins.plugins.modelarts.jenkins.report.ArtifactArchiver;
import io.jenkins.plugins.modelarts.jenkins.report.JenkinsArtifactArchiver;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What every ModelArts step of a controller shares: the one {@link JobPoller} all waits register
 * with, a small pool of daemon threads for the HTTP calls steps make (submitting, stopping, reading
 * logs and metrics, archiving), the {@link ClientFactory} and the global defaults. Nothing here runs
 * on the Pipeline CPS thread, and no thread is held per waiting job.
 *
 * <p>A singleton extension; {@link #get()} finds it. Tests install their own with
 * {@link #installForTests(ModelArtsRuntime)}.
 */
@Extension
public final class ModelArtsRuntime implements AutoCloseable {
    /** Threads for step work; the poller has its own single thread. */
    static final int WORKER_THREADS = 4;
    private static volatile ModelArtsRuntime installed;

    private final ClientFactory clients;
    private final Supplier<ConnectionDefaults> defaults;
    private final Clock clock;
    private final PollerSettings pollerSettings;
    private final ArtifactArchiver artifacts;
    private final AutoCloseable owned;
    private ScheduledExecutorService workers;
    private ScheduledExecutorService pollerThread;
    private JobPoller poller;

    /** The controller's runtime: credentials from the store, defaults from the global configuration. */
    public ModelArtsRuntime() {
        this(new CredentialsClientFactory(new EmbeddedEmulator()),
                () -> ModelArtsGlobalConfiguration.get().defaults(), Clock.systemUTC(), PollerSettings.defaults(),
                new JenkinsArtifactArchiver(), true);
    }

    /** A runtime over the given parts; closing it stops its threads but leaves {@code clients} open. */
    public ModelArtsRuntime(ClientFactory clients, Supplier<ConnectionDefaults> defaults, Clock clock,
            PollerSettings pollerSettings, ArtifactArchiver artifacts) {
        this(clients, defaults, clock, pollerSettings, artifacts, false);
    }

    private ModelArtsRuntime(ClientFactory clients, Supplier<ConnectionDefaults> defaults, Clock clock,
            PollerSettings pollerSettings, ArtifactArchiver artifacts, boolean ownsClients) {
        this.clients = Objects.requireNonNull(clients, "clients == null");
        this.defaults = Objects.requireNonNull(defaults, "defaults == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.pollerSettings = Objects.requireNonNull(pollerSettings, "pollerSettings == null");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts == null");
        this.owned = ownsClients && clients instanceof AutoCloseable c ? c : null;
    }

    /** The installed test runtime, else the extension. */
    public static ModelArtsRuntime get() {
        ModelArtsRuntime r = installed;
        return r != null ? r : ExtensionList.lookupSingleton(ModelArtsRuntime.class);
    }

    /** Makes {@link #get()} return {@code runtime} until the returned handle is closed (which closes the runtime). */
    public static AutoCloseable installForTests(ModelArtsRuntime runtime) {
        installed = runtime;
        return () -> {
            installed = null;
            runtime.close();
        };
    }

    public ClientFactory clients() {
        return clients;
    }

    public ConnectionDefaults defaults() {
        return defaults.get();
    }

    public Clock clock() {
        return clock;
    }

    /** How files reach a build's artifacts. */
    public ArtifactArchiver artifacts() {
        return artifacts;
    }

    /** The shared poller, started on first use. */
    public synchronized JobPoller poller() {
        if (poller == null) {
            pollerThread = JobPoller.daemonScheduler();
            poller = new JobPoller(clock, pollerSettings, new Random());
            poller.start(pollerThread);
        }
        return poller;
    }

    /** Daemon threads for the steps' own HTTP calls and timers. */
    public synchronized ScheduledExecutorService workers() {
        if (workers == null) {
            workers = Executors.newScheduledThreadPool(WORKER_THREADS, daemonThreads("modelarts-step-"));
        }
        return workers;
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.close();
            pollerThread.shutdownNow();
            poller = null;
        }
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                // nothing left to do at shutdown
            }
        }
    }

    /** Stops the poller, the threads and the embedded emulator when Jenkins shuts down. */
    @Terminator
    public static void shutdown() {
        get().close();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
