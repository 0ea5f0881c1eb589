package io.jenkins.plugins.modelarts.core.logs;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.LogLines;
import io.jenkins.plugins.modelarts.client.model.LogPreview;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The newest part of a training job's log, read once (the {@code logs} command and the
 * {@code modelartsLogs} step; {@link LogTail} follows a log instead):
 * <ul>
 *   <li>v1: the newest lines of a log file ({@code aom-log} without {@code base_line}); the files are
 *       those the log file-names API lists for the version, one per worker, the first the main one.</li>
 *   <li>v2: the log preview of a task (default {@value #DEFAULT_TASK}): the whole log, or its newest part
 *       when large.</li>
 * </ul>
 * A v1 reference must carry its version ({@code TrainingJobs.resolve}).
 */
public final class RecentLog {
    /** The most lines one v1 {@code aom-log} call returns, and so the most a caller may ask for. */
    public static final int MAX_LINES = LogTail.V1_MAX_LINES;
    /** The v2 task shown unless another is named: the first worker. */
    public static final String DEFAULT_TASK = LogTail.V2_TASK;

    private RecentLog() {}

    /** A problem with a number of lines (0 to {@value #MAX_LINES}, or from 1 when {@code zeroAllowed} is false), if any. */
    public static Optional<String> checkLines(int lines, boolean zeroAllowed) {
        int min = zeroAllowed ? 0 : 1;
        return lines < min || lines > MAX_LINES
                ? Optional.of("must be between " + min + " and " + MAX_LINES + ", got " + lines)
                : Optional.empty();
    }

    /** v1: the log files to read: {@code file} when given, else every file the version lists (maybe none yet). */
    public static List<String> v1Files(ModelArtsClient client, JobRef ref, String file) {
        return file != null ? List.of(file) : client.jobsV1().logFileNames(ref.v1JobId(), ref.versionId()).logFileList();
    }

    /** v1: the newest {@code lines} lines of one log file. */
    public static LogLines v1(ModelArtsClient client, JobRef ref, String file, int lines) {
        return client.jobsV1().logLines(ref.v1JobId(), ref.versionId(), file, lines, null, "desc");
    }

    /** v2: the log preview of {@code task} ({@value #DEFAULT_TASK} when null). */
    public static LogPreview v2(ModelArtsClient client, JobRef ref, String task) {
        return client.jobsV2().logPreview(ref.jobId(), task == null ? DEFAULT_TASK : task);
    }

    /**
     * The newest {@code lines} lines of one log: v1 the file given, else the first one listed (none yet:
     * no lines, no file); v2 the task given, else {@value #DEFAULT_TASK}. With {@code lines} 0 nothing is read.
     */
    public static Tail newest(ModelArtsClient client, JobRef ref, String file, String task, int lines) {
        Objects.requireNonNull(ref, "ref == null");
        checkLines(lines, true).ifPresent(p -> {
            throw new IllegalArgumentException("lines " + p);
        });
        if (ref.api() == JobRef.Api.V2) {
            String t = task == null ? DEFAULT_TASK : task;
            List<String> all = lines == 0 ? List.of() : LogTail.lines(v2(client, ref, t).content());
            return new Tail(null, t, last(all, lines));
        }
        String f = file;
        if (f == null) {
            List<String> files = v1Files(client, ref, null);
            f = files.isEmpty() ? null : files.get(0);
        }
        List<String> read = lines == 0 || f == null ? List.of() : LogTail.lines(v1(client, ref, f, lines).content());
        return new Tail(f, null, last(read, lines));
    }

    private static List<String> last(List<String> lines, int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    /**
     * The newest lines of one log, oldest first, without line terminators.
     *
     * @param file v1: the log file read (null for v2, or when a v1 version has no log file yet)
     * @param task v2: the task whose log was read (null for v1)
     */
    public record Tail(String file, String task, List<String> lines) {
        public Tail {
            lines = List.copyOf(lines);
        }
    }
}
