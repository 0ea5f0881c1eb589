package io.jenkins.plugins.modelarts.jenkins.steps;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.logs.LogCursor;
import io.jenkins.plugins.modelarts.core.logs.LogTail;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Streams a waited-for job's new log lines to the build console: read on a worker thread every log
 * interval, from a cursor persisted with the step (so a restart neither repeats nor skips lines), and
 * capped at {@code maxLines} (the whole log is archived with the build at the end). Reading the log
 * never fails the step.
 */
final class LogStream implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LogStream.class.getName());
    /** Lines fetched per read at most. */
    static final int CHUNK = 200;
    /** Reads at most this many chunks when the job has ended, to catch its last lines. */
    static final int FINAL_CHUNKS = 10;

    private final boolean enabled;
    private final int maxLines;
    private LogCursor cursor = LogCursor.start();
    private int shown;
    private boolean capped;
    private transient volatile ScheduledFuture<?> task;
    /** A read is queued or running: the timer does not queue another. */
    private transient volatile boolean reading;

    LogStream(boolean enabled, int maxLines) {
        this.enabled = enabled;
        this.maxLines = maxLines;
    }

    void start(JobWaitExecution execution, ModelArtsClient client) {
        if (!enabled || maxLines == 0 || capped) {
            return;
        }
        long period = execution.settings.logInterval().toMillis();
        // The timer only keeps the rhythm; the read runs on the I/O pool, one at a time per job.
        task = execution.runtime().timer().scheduleWithFixedDelay(() -> {
            if (!reading) {
                reading = true;
                execution.inBackground(() -> {
                    try {
                        read(execution, client, false);
                    } finally {
                        reading = false;
                    }
                });
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /** The job ended: read what is left, up to the cap. */
    void drain(JobWaitExecution execution, ModelArtsClient client) {
        stop();
        if (!enabled || maxLines == 0) {
            return;
        }
        for (int i = 0; i < FINAL_CHUNKS && !capped && read(execution, client, true) > 0; i++) {
            // keep reading while lines come
        }
    }

    void stop() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    int shown() {
        return shown;
    }

    LogCursor cursor() {
        return cursor;
    }

    /** One read; the number of lines printed. After the end, a last line without a newline is printed too. */
    synchronized int read(JobWaitExecution execution, ModelArtsClient client, boolean ended) {
        if (capped || execution.ref() == null) {
            return 0;
        }
        try {
            int max = Math.min(CHUNK, maxLines - shown);
            LogTail.Chunk chunk = ended
                    ? LogTail.nextAfterEnd(client, execution.ref(), cursor, max)
                    : LogTail.next(client, execution.ref(), cursor, max);
            PrintStream out = execution.log();
            chunk.toPrint().forEach(out::println);
            cursor = chunk.cursor();
            shown += chunk.lines().size();
            if (shown >= maxLines) {
                capped = true;
                stop();
                out.println("(ModelArts log streaming stopped after " + shown
                        + " lines; the whole log is archived with the build under modelarts/logs/)");
            }
            if (!chunk.lines().isEmpty() || capped) {
                execution.getContext().saveState();
            }
            return chunk.lines().size();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Reading the log of " + execution.ref() + " failed; trying again later", e);
            return 0;
        }
    }
}
