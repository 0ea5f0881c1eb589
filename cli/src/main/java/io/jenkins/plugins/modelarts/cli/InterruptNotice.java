package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.io.PrintWriter;

/**
 * While a command waits, Ctrl-C (SIGINT) ends the JVM with exit code 130 and the job keeps running
 * on ModelArts: nothing is stopped on the way out, since a stop needs calls that an impatient second
 * Ctrl-C would cut short. This notice says so on stderr, with the command that stops the job.
 */
final class InterruptNotice implements AutoCloseable {
    private final Thread hook;

    private InterruptNotice(Thread hook) {
        this.hook = hook;
    }

    /** Prints {@link #message(JobRef)} if the JVM is interrupted before {@link #close()}. */
    static InterruptNotice whileWaitingFor(JobRef ref, PrintWriter err) {
        return register(err, message(ref));
    }

    /** As above, for a wait for several jobs. */
    static InterruptNotice whileWaitingFor(java.util.List<JobRef> refs, PrintWriter err) {
        return refs.size() == 1 ? whileWaitingFor(refs.get(0), err) : register(err, message(refs));
    }

    private static InterruptNotice register(PrintWriter err, String message) {
        Thread hook = new Thread(() -> {
            err.println();
            err.println(message);
            err.flush();
        }, "modelarts-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptNotice(hook);
    }

    static String message(java.util.List<JobRef> refs) {
        return "modelarts: interrupted: stopped waiting (exit 130); the " + refs.size() + " jobs keep running on ModelArts."
                + " To stop one: modelarts stop JOB";
    }

    static String message(JobRef ref) {
        return "modelarts: interrupted: stopped waiting (exit 130); " + ref + " keeps running on ModelArts. To stop it: "
                + "modelarts stop " + ref.jobId() + (ref.versionId() == null ? "" : " --job-version " + ref.versionId());
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs, as it should
        }
    }
}
