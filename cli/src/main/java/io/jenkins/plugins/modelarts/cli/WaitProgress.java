package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.WaitListener;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Progress lines on stderr while waiting: one per status change, failed reads, and a heartbeat when
 * nothing else was printed for {@link #HEARTBEAT} (CI watchdogs kill jobs that stay silent), which
 * also says what Ctrl-C does.
 */
final class WaitProgress implements WaitListener {
    /** The longest silence while a job runs unchanged (the heartbeat comes with the first read after it). */
    static final Duration HEARTBEAT = Duration.ofMinutes(5);

    private final PrintWriter err;
    private final Clock clock;
    private final Instant start;
    private final String indent;
    private boolean stopRefused;
    private Instant lastLine;
    private String lastStatus;

    WaitProgress(PrintWriter err, Clock clock, String indent) {
        this.err = err;
        this.clock = clock;
        this.start = clock.instant();
        this.indent = indent;
        this.lastLine = start;
    }

    @Override
    public void polled(JobSnapshot snapshot) {
        boolean unchanged = snapshot.statusName().equals(lastStatus);
        lastStatus = snapshot.statusName();
        if (unchanged && !snapshot.isTerminal() && !clock.instant().isBefore(lastLine.plus(HEARTBEAT))) {
            println(snapshot.ref() + ": still " + ConsoleText.safe(snapshot.statusName()) + ran(snapshot)
                    + " (Ctrl-C stops waiting, exit 130; the job keeps running)");
        }
    }

    /** The heartbeat of a wait for several jobs: {@code what} says which are still waited for, if one is due. */
    void heartbeatIfDue(java.util.function.Supplier<String> what) {
        if (!clock.instant().isBefore(lastLine.plus(HEARTBEAT))) {
            println("still waiting for " + what.get() + " (Ctrl-C stops waiting, exit 130; the jobs keep running)");
        }
    }

    @Override
    public void stateChanged(JobSnapshot previous, JobSnapshot current) {
        println(current.ref() + ": " + ConsoleText.safe(current.statusName()) + ran(current));
    }

    private static String ran(JobSnapshot snapshot) {
        return snapshot.durationMillis() == null || snapshot.durationMillis() <= 0
                ? ""
                : ", running for " + Durations.humanMillis(snapshot.durationMillis());
    }

    private void println(String text) {
        err.println(indent + stamp() + text);
        err.flush();
        lastLine = clock.instant();
    }

    @Override
    public void readFailed(ModelArtsException error, int consecutiveFailures) {
        println("status read failed (" + consecutiveFailures + " in a row), will retry: "
                + ConsoleText.safe(error.getMessage()));
    }

    @Override
    public void stopFailed(ModelArtsException error) {
        stopRefused = true;
        err.println(indent + stamp() + "ModelArts refused to stop the job: " + ConsoleText.safe(error.getMessage()));
        err.flush();
    }

    @Override
    public void timedOut(JobSnapshot last, boolean stopped) {
        err.println(indent + stamp() + (stopped ? "timed out; asked ModelArts to stop the job"
                : stopRefused ? "timed out; the job could not be stopped and may still be running" : "timed out; job left running"));
        err.flush();
    }

    private String stamp() {
        return "[" + pad(Durations.human(Duration.between(start, clock.instant()))) + "] ";
    }

    private static String pad(String s) {
        return s.length() >= 7 ? s : " ".repeat(7 - s.length()) + s;
    }
}
