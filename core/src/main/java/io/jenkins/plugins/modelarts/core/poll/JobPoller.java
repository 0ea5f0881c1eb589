package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One poller for every waiting job of a controller. Jobs are grouped by connection: by a
 * {@link ConnectionKey} (endpoint, project, the credentials' identity; never a secret) when given, else by the
 * {@link ModelArtsClient} instance they are read through. Each {@link #tick()} reads, per group, every due v1 job through the
 * v1 job list and every due v2 job through one search of the active phases, and only the jobs those
 * cannot answer one by one, so the number of requests grows with the pages of jobs, not with the
 * jobs.
 *
 * <p>Threads: none per waiting job. {@link #start(ScheduledExecutorService)} runs {@link #tick()} on
 * one scheduler thread every {@link PollerSettings#tickPeriod()}; the HTTP calls, the listeners and
 * the completion of the futures happen on that thread. Tests and benchmarks call {@link #tick()}
 * themselves with an injected clock.
 */
public final class JobPoller implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(JobPoller.class.getName());

    private final Clock clock;
    private final PollerSettings settings;
    private final Random random;
    /** Keyed by a {@link ConnectionKey} or, for jobs watched without one, by the client instance. */
    private final ConcurrentHashMap<Object, PollGroup> groups = new ConcurrentHashMap<>();
    private ScheduledFuture<?> scheduled;

    public JobPoller(Clock clock, PollerSettings settings, Random random) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.settings = Objects.requireNonNull(settings, "settings == null");
        this.random = Objects.requireNonNull(random, "random == null");
    }

    /** The system clock, default settings, an unseeded random. */
    public static JobPoller create() {
        return new JobPoller(Clock.systemUTC(), PollerSettings.defaults(), new Random());
    }

    public Watch watch(ModelArtsClient client, JobRef ref) {
        return watch(client, ref, StateListener.NONE);
    }

    /**
     * Starts waiting for {@code ref} through {@code client}; it is read at the next tick. Watching a
     * job already watched through the same client returns the existing watch (with {@code listener}
     * added), so a waiter restored after a restart simply registers again.
     */
    public Watch watch(ModelArtsClient client, JobRef ref, StateListener listener) {
        return register(client, client, ref, listener, null);
    }

    /**
     * As {@link #watch(ModelArtsClient, JobRef, StateListener)}, grouped by {@code key} rather than
     * by client instance: every job of one connection shares its calls, and the same job watched
     * again under an equal key (say, after a restart, with a new client) gets the existing watch.
     * The group reads through the client most recently given for the key.
     */
    public Watch watch(ConnectionKey key, ModelArtsClient client, JobRef ref, StateListener listener) {
        return register(Objects.requireNonNull(key, "key == null"), client, ref, listener, null);
    }

    /**
     * As {@link #watch(ConnectionKey, ModelArtsClient, JobRef, StateListener)}, read every
     * {@code interval} (plus jitter) instead of the phase-aware default, for a waiter that asked for
     * its own poll interval. Throttling backoff still applies to the whole group.
     */
    public Watch watch(ConnectionKey key, ModelArtsClient client, JobRef ref, StateListener listener, Duration interval) {
        Objects.requireNonNull(interval, "interval == null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        return register(Objects.requireNonNull(key, "key == null"), client, ref, listener, interval);
    }

    private Watch register(Object key, ModelArtsClient client, JobRef ref, StateListener listener, Duration interval) {
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(ref, "ref == null");
        long now = clock.millis();
        Watch[] out = new Watch[1];
        groups.compute(key, (k, group) -> {
            PollGroup g = group == null ? new PollGroup(client, settings, random) : group;
            g.useClient(client);
            out[0] = g.watch(ref, now, listener, interval);
            return g;
        });
        return out[0];
    }

    /** One round over every group at the clock's current time; groups left empty are dropped. */
    public void tick() {
        long now = clock.millis();
        for (var entry : groups.entrySet()) {
            try {
                entry.getValue().tick(now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Polling training jobs failed; will try again", e);
            }
            groups.computeIfPresent(entry.getKey(), (c, g) -> g.size() == 0 ? null : g);
        }
    }

    /** Runs {@link #tick()} on {@code scheduler} every tick period until {@link #close()}. */
    public synchronized void start(ScheduledExecutorService scheduler) {
        if (scheduled != null) {
            throw new IllegalStateException("already started");
        }
        long period = settings.tickPeriod().toMillis();
        scheduled = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /** A single daemon thread named {@code modelarts-poller}, for {@link #start}. */
    public static ScheduledExecutorService daemonScheduler() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "modelarts-poller");
            t.setDaemon(true);
            return t;
        });
    }

    /** Jobs being waited on, over all groups. */
    public int watching() {
        return groups.values().stream().mapToInt(PollGroup::size).sum();
    }

    /** Connection groups with at least one job waited on. */
    public int groups() {
        return groups.size();
    }

    /** Requests sent so far over all groups (those of groups already dropped not counted). */
    public long requestsSent() {
        return groups.values().stream().mapToLong(PollGroup::requests).sum();
    }

    /** Stops the scheduled ticks; watches stay registered (a restarted poller takes them up when re-registered). */
    @Override
    public synchronized void close() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }
}
