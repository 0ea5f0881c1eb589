package io.jenkins.plugins.modelarts.cli;

/** The CLI's exit codes, a stable contract for scripts and other CI systems (docs/cli.md). */
public final class ExitCodes {
    /** Success; for waits, the job completed. */
    public static final int OK = 0;
    /** The job ended failed or stopped. */
    public static final int JOB_FAILED = 1;
    /** Bad input or usage: nothing was sent. */
    public static final int USAGE = 2;
    /** The API or the network failed after retries, or answered something unreadable. */
    public static final int API_ERROR = 3;
    /** A wait timed out. */
    public static final int TIMEOUT = 4;
    /** {@code gate}: a rule failed. */
    public static final int GATE_FAILED = 5;
    /** {@code gate --unstable}: a rule failed, and the gate was set to warn only. */
    public static final int GATE_UNSTABLE = 6;
    /** A bug in the CLI itself. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
