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
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What every ModelArts step of a controller shares: the one {@link JobPoller} all waits register
 * with (its own thread), a bounded growable pool for the blocking work steps do (submitting,
 * stopping, reading logs and metrics, archiving: {@link #io()}), one timer thread that never blocks
 * (timeouts, abort grace, log rhythm: {@link #timer()}), the {@link ClientFactory} and the global
 * defaults. Nothing here runs
 * on the Pipeline CPS thread, and no thread is held per waiting job.
 *
 * <p>A singleton extension; {@link #get()} finds it. Tests install their own through {@link #installed}
 * (a helper beside their sources sets it; no test support ships in the plugin).
 */
@Extension
public final class ModelArtsRuntime implements AutoCloseable {
    /** Most threads for the steps' blocking work (HTTP calls, completions, log archiving); more queue. */
    static final int IO_THREADS = Integer.getInteger(ModelArtsRuntime.class.getName() + ".ioThreads", 16);
    /** How long an abort or a timeout waits for the stop request before ending the step anyway. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** When set (by tests only), {@link #get()} returns it instead of the extension. */
    static volatile ModelArtsRuntime installed;

    private final ClientFactory clients;
    private final Supplier<ConnectionDefaults> defaults;
    private final Clock clock;
    private final PollerSettings pollerSettings;
    private final ArtifactArchiver artifacts;
    private final AutoCloseable owned;
    private int ioThreads = IO_THREADS;
    private volatile Duration stopGrace = STOP_GRACE;
    private ThreadPoolExecutor io;
    private ScheduledExecutorService timer;
    private ScheduledExecutorService pollerThread;
    private JobPoller poller;
    private volatile boolean shuttingDown;

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
            if (shuttingDown) {
                throw new RejectedExecutionException("Jenkins is shutting down");
            }
            pollerThread = JobPoller.daemonScheduler();
            poller = new JobPoller(clock, pollerSettings, new Random());
            poller.start(pollerThread);
        }
        return poller;
    }

    /**
     * Blocking work: HTTP calls, completions (reports, log archiving), log reads. Bounded and growable:
     * threads are started as work arrives up to {@link #IO_THREADS}, end after a minute idle, and
     * further work queues. Rejects work once Jenkins is shutting down.
     */
    public synchronized ExecutorService io() {
        if (shuttingDown) {
            throw new RejectedExecutionException("Jenkins is shutting down");
        }
        if (io == null) {
            io = new ThreadPoolExecutor(ioThreads, ioThreads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    daemonThreads("modelarts-io-"));
            io.allowCoreThreadTimeOut(true);
        }
        return io;
    }

    /**
     * Timers only (timeouts, the abort grace, the log tail's rhythm), as core's {@code jenkins.util.Timer}
     * is meant to be used: a task here never blocks; it ends a step or hands work to {@link #io()}. One
     * thread, so a saturated {@link #io()} cannot delay a timeout or an abort.
     */
    public synchronized ScheduledExecutorService timer() {
        if (shuttingDown) {
            throw new RejectedExecutionException("Jenkins is shutting down");
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("modelarts-timer-"));
        }
        return timer;
    }

    /** How long an abort or timeout waits for the stop request before ending the step. */
    public Duration stopGrace() {
        return stopGrace;
    }

    /** For tests: a shorter stop grace. */
    public ModelArtsRuntime withStopGrace(Duration grace) {
        this.stopGrace = grace;
        return this;
    }

    /** For tests: fewer I/O threads; before the first use. */
    public synchronized ModelArtsRuntime withIoThreads(int threads) {
        this.ioThreads = threads;
        return this;
    }

    /**
     * True once Jenkins is shutting down: work in flight is interrupted and must end without ending
     * its step (Pipeline resumes the step after the restart), and nothing new starts.
     */
    public boolean isShuttingDown() {
        return shuttingDown;
    }

    @Override
    public void close() {
        shuttingDown = true; // before interrupting anything: interrupted work must see it
        synchronized (this) {
            if (poller != null) {
                poller.close();
                pollerThread.shutdownNow();
            }
            if (timer != null) {
                timer.shutdownNow();
            }
            if (io != null) {
                io.shutdownNow();
            }
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
