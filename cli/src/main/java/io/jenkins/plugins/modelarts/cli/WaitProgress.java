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

/** Progress lines on stderr while waiting: one per status change, plus failed reads. */
final class WaitProgress implements WaitListener {
    private final PrintWriter err;
    private final Clock clock;
    private final Instant start;
    private final String indent;
    private boolean stopRefused;

    WaitProgress(PrintWriter err, Clock clock, String indent) {
        this.err = err;
        this.clock = clock;
        this.start = clock.instant();
        this.indent = indent;
    }

    @Override
    public void stateChanged(JobSnapshot previous, JobSnapshot current) {
        String ran = current.durationMillis() == null || current.durationMillis() <= 0
                ? ""
                : ", running for " + Durations.humanMillis(current.durationMillis());
        err.println(indent + stamp() + current.ref() + ": " + ConsoleText.safe(current.statusName()) + ran);
        err.flush();
    }

    @Override
    public void readFailed(ModelArtsException error, int consecutiveFailures) {
        err.println(indent + stamp() + "status read failed (" + consecutiveFailures + " in a row), will retry: "
                + ConsoleText.safe(error.getMessage()));
        err.flush();
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
