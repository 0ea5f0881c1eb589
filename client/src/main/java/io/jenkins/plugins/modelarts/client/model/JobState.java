package io.jenkins.plugins.modelarts.client.model;

import java.util.Locale;

/**
 * What a training job's status means to someone waiting on it: the one place where v1 status codes
 * and v2 phases are classified (see docs/DECISIONS.md for the inferred ones).
 *
 * <p>{@link #UNKNOWN} (v1 code 0, codes above 21, unlisted v2 phases) is deliberately not terminal:
 * a waiter keeps polling and reports it rather than guessing.
 */
public enum JobState {
    /** Being created, initialised, built, submitted or queued. */
    PENDING(false),
    RUNNING(false),
    /** A stop was requested and is in progress. */
    STOPPING(false),
    COMPLETED(true),
    FAILED(true),
    /** Stopped, killed or cancelled by a user. */
    STOPPED(true),
    UNKNOWN(false);

    private final boolean terminal;

    JobState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** Classifies a v1 integer status code (table in modelarts-api-notes §2). */
    public static JobState ofV1(int code) {
        switch (code) {
            case 1, 2, 4, 7, 18:
                return PENDING;
            case 8, 15, 19:
                return RUNNING;
            case 9:
                return STOPPING;
            case 10, 20:
                return COMPLETED;
            case 3, 5, 6, 11, 14, 16, 17, 21:
                return FAILED;
            case 12, 13:
                return STOPPED;
            default:
                return UNKNOWN;
        }
    }

    /** Classifies a v2 {@code status.phase}; case-insensitive, null-safe. */
    public static JobState ofV2(String phase) {
        if (phase == null) {
            return UNKNOWN;
        }
        switch (phase.toLowerCase(Locale.ROOT)) {
            case "creating", "pending", "queuing", "waiting":
                return PENDING;
            case "running":
                return RUNNING;
            case "terminating":
                return STOPPING;
            case "completed":
                return COMPLETED;
            case "failed", "abnormal":
                return FAILED;
            case "terminated":
                return STOPPED;
            default:
                return UNKNOWN;
        }
    }
}
