package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One job being waited on by a {@link JobPoller}: its reference, when it is next due, the last state
 * seen, and the future that completes with the terminal snapshot. Registering the same job again
 * returns this same watch. Holds no API objects: per waiting job, a reference, three longs, an enum,
 * a short status name, the future and the listeners.
 */
public final class Watch {
    private final JobRef ref;
    private final CompletableFuture<JobSnapshot> result = new CompletableFuture<>();
    private final List<StateListener> listeners = new CopyOnWriteArrayList<>();
    private final long sequence;
    private final java.util.function.Consumer<Watch> unregister;
    /** True when the registration released was the last one (the watch is then unregistered). */
    private final java.util.function.Predicate<Watch> releaseOne;
    /** Waiters that registered this job and have not released it; changed only inside the group's map operations. */
    int registrations;

    // Written by the registering thread before publication, then only under the owning group's lock.
    long dueMillis;
    JobState lastState;
    String lastStatusName;
    /** Set when the shared list or search cannot answer for this job: read its detail next. */
    boolean needsDetail;
    /** Where the job was in the v1 list (newest first, from 0) when last seen there; -1 before that. */
    int listRow = -1;
    /** When the job was created (v2 {@code metadata.create_time}, epoch milliseconds); -1 until a read said. */
    long createdMillis = -1;
    /** The waiter's own interval between reads, replacing the phase-aware default; null for the default. */
    volatile java.time.Duration interval;

    Watch(JobRef ref, long nowMillis, long sequence, java.util.function.Consumer<Watch> unregister,
            java.util.function.Predicate<Watch> releaseOne) {
        this.ref = Objects.requireNonNull(ref, "ref == null");
        this.dueMillis = nowMillis;
        this.sequence = sequence;
        this.unregister = unregister;
        this.releaseOne = releaseOne;
    }

    /** Registration order within the group: breaks ties between equally due jobs. */
    long sequence() {
        return sequence;
    }

    public JobRef ref() {
        return ref;
    }

    /** Completes with the terminal snapshot; exceptionally on an error that will not go away (404, 401...). */
    public CompletableFuture<JobSnapshot> result() {
        return result;
    }

    /** The last state seen, null before the first read. */
    public synchronized JobState lastState() {
        return lastState;
    }

    /** Stops watching; the future completes as cancelled. Every registrant of this job shares the watch. */
    public void cancel() {
        unregister.accept(this);
        result.cancel(false);
    }

    /**
     * One waiter is done with this job, however it ended (abort, timeout, failure): its listener is
     * removed, and when no other waiter registered the job it stops being polled and the future
     * completes as cancelled. Other waiters of the same job keep their watch. Call once per
     * registration; the listener must be the instance given when registering.
     */
    public void release(StateListener listener) {
        listeners.remove(listener);
        if (releaseOne.test(this)) {
            result.cancel(false);
        }
    }

    public boolean isDone() {
        return result.isDone();
    }

    void addListener(StateListener listener) {
        if (listener != null && listener != StateListener.NONE) {
            listeners.add(listener);
        }
    }

    /** Records a read; tells listeners of a change and completes on a terminal state. True when done. */
    boolean observe(JobSnapshot snapshot) {
        boolean changed;
        synchronized (this) {
            changed = snapshot.state() != lastState || !snapshot.statusName().equals(lastStatusName);
            lastState = snapshot.state();
            lastStatusName = snapshot.statusName();
        }
        if (changed) {
            for (StateListener listener : listeners) {
                try {
                    listener.onStateChange(snapshot);
                } catch (RuntimeException e) {
                    // A listener's failure must not stop the poller or other waiters.
                }
            }
        }
        if (snapshot.isTerminal()) {
            result.complete(snapshot);
            return true;
        }
        return false;
    }

    void fail(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public String toString() {
        return "watch of " + ref;
    }
}
