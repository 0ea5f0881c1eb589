package io.jenkins.plugins.modelarts.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How an emulated job progresses: INIT (v1 1, v2 Creating) → WAITING (7, Pending) → RUNNING
 * (8, Running) → the final state, either after a number of status reads of that job or after a
 * time on the emulator's clock. Deterministic: no randomness anywhere.
 *
 * <p>A status read is any answer that shows the job's status: v1 version detail, a versions list or
 * job list containing it, v2 detail, a v2 search result containing it.
 *
 * @param statusReads reads until the final state (0 = the first read shows it); ignored when
 *     {@code runTime} is set
 * @param runTime time from creation to the final state, or null to count reads
 * @param finalState where the job ends
 * @param logLines how many training log lines the job writes
 * @param modelMetrics the {@code model_metric_list} a completed job reports (a JSON object as
 *     text), or null for the built-in five-class sample; {@code ""} reports none
 * @param systemProfile which scripted {@code system_metric_list} a completed v1 job reports: one of
 *     {@link #SYSTEM_PROFILES} ({@code balanced}, the default, when null)
 * @param queued how long the job waits before it starts: its {@code start_time} is this much after
 *     its {@code create_time} (null for none)
 * @param recording what a replayed job shows of the job it was recorded from ({@link Fixture#script}), or
 *     null for a job the emulator makes up
 */
public record JobScript(int statusReads, Duration runTime, FinalState finalState, int logLines, String modelMetrics,
        String systemProfile, Duration queued, Recording recording) {

    /** Where a job ends, with its v1 code and v2 phase. */
    public enum FinalState {
        COMPLETED(10, "Completed"),
        FAILED(11, "Failed"),
        STOPPED(13, "Terminated"),
        LOST(14, "Abnormal");

        private final int v1Code;
        private final String v2Phase;

        FinalState(int v1Code, String v2Phase) {
            this.v1Code = v1Code;
            this.v2Phase = v2Phase;
        }

        public int v1Code() {
            return v1Code;
        }

        public String v2Phase() {
            return v2Phase;
        }
    }

    /** The job parameters (v1 {@code config.parameter} labels, v2 {@code algorithm.parameters} names) that steer a job. */
    public static final String FINAL_STATUS = "emulator_final_status";
    public static final String STATUS_READS = "emulator_status_reads";
    public static final String RUN_SECONDS = "emulator_run_seconds";
    public static final String LOG_LINES = "emulator_log_lines";
    /** Scales the built-in sample metrics so that the total accuracy is this value (0-1). */
    public static final String ACCURACY = "emulator_accuracy";
    /** One of {@link #SYSTEM_PROFILES}: the scripted system metric series the job reports. */
    public static final String SYSTEM_METRICS = "emulator_system_metrics";
    /** Seconds between the job's creation and its start (its time queued). */
    public static final String QUEUED_SECONDS = "emulator_queued_seconds";
    /**
     * Scripted system metric series (percentages a minute; see {@code Samples.systemMetrics}): {@code balanced}
     * (GPU 45-95 %, CPU 15-55 %, memory 6-18 %, GPU memory 30-50 %), {@code gpu-underused} (GPU 6-18 %),
     * {@code gpu-memory-full} (GPU memory 94-98 %), {@code cpu-bound} (CPU 92-98 %, GPU 14-26 %) and
     * {@code memory-full} (memory 90-96 %).
     */
    public static final java.util.List<String> SYSTEM_PROFILES =
            java.util.List.of("balanced", "gpu-underused", "gpu-memory-full", "cpu-bound", "memory-full");

    public JobScript(int statusReads, Duration runTime, FinalState finalState, int logLines, String modelMetrics) {
        this(statusReads, runTime, finalState, logLines, modelMetrics, null, null, null);
    }

    public JobScript {
        Objects.requireNonNull(finalState, "finalState == null");
        if (statusReads < 0 || logLines < 0) {
            throw new IllegalArgumentException("statusReads and logLines must not be negative");
        }
        if (systemProfile != null && !SYSTEM_PROFILES.contains(systemProfile)) {
            throw new IllegalArgumentException("systemProfile must be one of " + SYSTEM_PROFILES + ", got " + systemProfile);
        }
    }

    /** The default: completes after 3 status reads, with 20 log lines. */
    public static JobScript defaults() {
        return afterStatusReads(3);
    }

    public static JobScript immediate(FinalState state) {
        return new JobScript(0, null, state, 20, null);
    }

    public static JobScript afterStatusReads(int reads) {
        return new JobScript(reads, null, FinalState.COMPLETED, 20, null);
    }

    public static JobScript afterDuration(Duration runTime) {
        return new JobScript(0, Objects.requireNonNull(runTime, "runTime == null"), FinalState.COMPLETED, 20, null);
    }

    public JobScript endingIn(FinalState state) {
        return new JobScript(statusReads, runTime, state, logLines, modelMetrics, systemProfile, queued, recording);
    }

    public JobScript withLogLines(int lines) {
        return new JobScript(statusReads, runTime, finalState, lines, modelMetrics, systemProfile, queued, recording);
    }

    /** Completed jobs report this {@code model_metric_list} (a JSON object as text; {@code ""} for none). */
    public JobScript withModelMetrics(String json) {
        return new JobScript(statusReads, runTime, finalState, logLines, json, systemProfile, queued, recording);
    }

    /** Completed v1 jobs report the scripted system metric series named (one of {@link #SYSTEM_PROFILES}). */
    public JobScript withSystemProfile(String profile) {
        return new JobScript(statusReads, runTime, finalState, logLines, modelMetrics, profile, queued, recording);
    }

    /** The job starts this long after it was created. */
    public JobScript withQueued(Duration time) {
        return new JobScript(statusReads, runTime, finalState, logLines, modelMetrics, systemProfile, time, recording);
    }

    /** A replay: the job shows what {@code recorded} says (its running time, system metrics, logs, failure message). */
    public JobScript withRecording(Recording recorded) {
        return new JobScript(statusReads, runTime, finalState, logLines, modelMetrics, systemProfile, queued, recorded);
    }

    /**
     * For a timed script, how long the job shows WAITING (v1 7, v2 Pending) before RUNNING: a replay waits
     * the recorded job's share of its time queued, any other timed script a quarter of its run time.
     */
    public Duration waitingTime() {
        if (runTime == null) {
            return Duration.ZERO;
        }
        return recording == null ? runTime.dividedBy(4) : Duration.ofMillis(Math.round(runTime.toMillis() * recording.queuedShare()));
    }

    private JobScript withProgress(int reads, Duration time) {
        return new JobScript(reads, time, finalState, logLines, modelMetrics, systemProfile, queued, recording);
    }

    /** This script, changed by whatever steering parameters a job carries; bad values are refused. */
    public JobScript steeredBy(Map<String, String> parameters) {
        JobScript s = this;
        String status = parameters.get(FINAL_STATUS);
        if (status != null) {
            try {
                s = s.endingIn(FinalState.valueOf(status.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw EmulatorException.invalidV1(FINAL_STATUS + " must be completed, failed, stopped or lost, got " + status);
            }
        }
        if (parameters.containsKey(STATUS_READS)) {
            s = s.withProgress(number(parameters, STATUS_READS), null);
        }
        if (parameters.containsKey(RUN_SECONDS)) {
            s = s.withProgress(0, Duration.ofSeconds(number(parameters, RUN_SECONDS)));
        }
        if (parameters.containsKey(LOG_LINES)) {
            s = s.withLogLines(number(parameters, LOG_LINES));
        }
        String profile = parameters.get(SYSTEM_METRICS);
        if (profile != null) {
            if (!SYSTEM_PROFILES.contains(profile.trim())) {
                throw EmulatorException.invalidV1(SYSTEM_METRICS + " must be one of " + String.join(", ", SYSTEM_PROFILES)
                        + ", got " + profile);
            }
            s = s.withSystemProfile(profile.trim());
        }
        if (parameters.containsKey(QUEUED_SECONDS)) {
            s = s.withQueued(Duration.ofSeconds(number(parameters, QUEUED_SECONDS)));
        }
        if (parameters.containsKey(ACCURACY)) {
            s = s.withModelMetrics(io.jenkins.plugins.modelarts.emulator.service.Samples.modelMetrics(accuracy(parameters)).toString());
        }
        return s;
    }

    private static double accuracy(Map<String, String> parameters) {
        try {
            double a = Double.parseDouble(parameters.get(ACCURACY).trim());
            if (a < 0 || a > 1) {
                throw new NumberFormatException();
            }
            return a;
        } catch (NumberFormatException e) {
            throw EmulatorException.invalidV1(ACCURACY + " must be a number from 0 to 1, got " + parameters.get(ACCURACY));
        }
    }

    private static int number(Map<String, String> parameters, String name) {
        try {
            int n = Integer.parseInt(parameters.get(name).trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw EmulatorException.invalidV1(name + " must be a whole number of at least 0, got " + parameters.get(name));
        }
    }
}
