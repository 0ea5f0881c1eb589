package io.jenkins.plugins.modelarts.emulator.service;

import io.jenkins.plugins.modelarts.emulator.JobScript;
import java.time.Duration;
import java.time.Instant;

/**
 * The state machine of one emulated training run (a v1 version or a v2 job), advanced by status
 * reads or by the clock as its {@link JobScript} says. Synchronized: reads may come concurrently.
 *
 * <p>For read-counted scripts each read while running stands for one minute of training, so
 * durations look like a real job's.
 */
public final class TrainingRun {
    /** Where a run is. */
    public enum Phase {
        INIT(1, "Creating"),
        WAITING(7, "Pending"),
        RUNNING(8, "Running"),
        STOPPING(9, "Terminating"),
        KILLED(12, "Terminated"),
        ENDED(-1, null);

        final int v1Code;
        final String v2Phase;

        Phase(int v1Code, String v2Phase) {
            this.v1Code = v1Code;
            this.v2Phase = v2Phase;
        }
    }

    private static final long MINUTE = 60_000;

    private final JobScript script;
    private final Instant createdAt;
    private Phase phase = Phase.INIT;
    private int reads;
    private int runningReads;
    private int readsWhileStopping;
    private Instant endedAt;
    private boolean logsWritten;

    public TrainingRun(JobScript script, Instant createdAt) {
        this.script = script;
        this.createdAt = createdAt;
    }

    /** Counts one status read and moves the run on. */
    public synchronized void observe(Instant now) {
        if (isTerminal()) {
            return;
        }
        if (phase == Phase.STOPPING) {
            if (++readsWhileStopping >= 2) {
                end(Phase.KILLED, now);
            }
            return;
        }
        reads++;
        if (script.runTime() != null) {
            Duration elapsed = Duration.between(createdAt, now);
            if (elapsed.compareTo(script.runTime()) >= 0) {
                end(Phase.ENDED, now);
            } else {
                phase = elapsed.compareTo(script.waitingTime()) < 0 ? Phase.WAITING : Phase.RUNNING;
            }
            return;
        }
        if (reads >= script.statusReads()) {
            end(Phase.ENDED, now);
        } else {
            phase = reads == 1 ? Phase.WAITING : Phase.RUNNING;
            if (phase == Phase.RUNNING) {
                runningReads++;
            }
        }
    }

    private void end(Phase terminal, Instant now) {
        phase = terminal;
        endedAt = now;
    }

    /** Asks the run to stop; false when it had already ended. The next read shows it stopping, the one after stopped. */
    public synchronized boolean stop() {
        if (isTerminal()) {
            return false;
        }
        phase = Phase.STOPPING;
        return true;
    }

    public synchronized boolean isTerminal() {
        return phase == Phase.ENDED || phase == Phase.KILLED;
    }

    public synchronized boolean completed() {
        return phase == Phase.ENDED && script.finalState() == JobScript.FinalState.COMPLETED;
    }

    public synchronized int v1Status() {
        return phase == Phase.ENDED ? script.finalState().v1Code() : phase.v1Code;
    }

    public synchronized String v2Phase() {
        return phase == Phase.ENDED ? script.finalState().v2Phase() : phase.v2Phase;
    }

    /**
     * Running time in milliseconds: the clock for timed scripts, a minute per running read otherwise; a
     * replay ({@link JobScript#recording()}) shows the recorded running time once it ended, and that time
     * scaled to the share of its replay run so far before.
     */
    public synchronized long durationMillis(Instant now) {
        if (script.recording() != null && script.runTime() != null) {
            return replayedDuration(now);
        }
        if (script.runTime() != null) {
            Instant end = endedAt != null ? endedAt : now;
            return Math.min(Duration.between(createdAt, end).toMillis(), script.runTime().toMillis());
        }
        return (runningReads + (phase == Phase.ENDED ? 1 : 0)) * MINUTE;
    }

    private long replayedDuration(Instant now) {
        long recorded = script.recording().run().toMillis();
        if (phase == Phase.ENDED) {
            return recorded;
        }
        long waiting = script.waitingTime().toMillis();
        long running = script.runTime().toMillis() - waiting;
        Instant end = endedAt != null ? endedAt : now;
        long ran = Duration.between(createdAt, end).toMillis() - waiting;
        return running <= 0 || ran <= 0 ? 0 : Math.min(recorded, Math.round(recorded * (ran / (double) running)));
    }

    /**
     * How far the run is, from 0 to 1: status reads against the script's reads, or time on the clock
     * against its run time; 1 once it ended (also when stopped).
     */
    public synchronized double progress(Instant now) {
        if (isTerminal()) {
            return 1;
        }
        if (script.runTime() != null) {
            long total = script.runTime().toMillis();
            return total <= 0 ? 1 : Math.min(1, Math.max(0, Duration.between(createdAt, now).toMillis()) / (double) total);
        }
        return script.statusReads() == 0 ? 1 : Math.min(1, reads / (double) script.statusReads());
    }

    public Instant createdAt() {
        return createdAt;
    }

    public JobScript script() {
        return script;
    }

    /** True once, the first time it is asked after the run ended: the moment to write its logs to OBS. */
    public synchronized boolean takeLogWrite() {
        if (!isTerminal() || logsWritten) {
            return false;
        }
        logsWritten = true;
        return true;
    }
}
