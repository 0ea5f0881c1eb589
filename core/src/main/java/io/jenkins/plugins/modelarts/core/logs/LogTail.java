package io.jenkins.plugins.modelarts.core.logs;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.model.LogLines;
import io.jenkins.plugins.modelarts.client.model.LogPreview;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows a training job's log a chunk at a time: each call returns the lines written since the
 * {@link LogCursor} and the cursor to pass next time, so a caller that polls (every ~30 s) prints
 * every line once, in order, and can persist the cursor between polls.
 *
 * <ul>
 *   <li>v1 jobs read the first log file ({@code log/file-names}: the first worker's) with
 *       {@code aom-log}, paging forwards with {@code order=desc} from the last {@code end_line};
 *       the first call starts at {@code base_line=0}, the beginning of the log.
 *   <li>v2 jobs read the log preview of task {@value #V2_TASK}, which holds the whole log or only
 *       its newest part (at most 5 MB); the cursor counts bytes. When the part shown has moved past
 *       what was printed, the chunk says how much was skipped ({@link Chunk#note()}). A last line
 *       without its newline is held back until it is complete, or until {@link #nextAfterEnd}.
 * </ul>
 *
 * <p>"No log yet" answers (no log files, an empty or absent content, an empty preview) give an
 * empty chunk with the cursor unchanged. Every other failure ({@code ApiException},
 * {@code TransportException}, ...) propagates: the caller decides whether to try again next poll.
 */
public final class LogTail {
    /** The v2 task whose log is followed: the first worker, the only one of a single-node job. */
    public static final String V2_TASK = "worker-0";
    /** The most lines one v1 {@code aom-log} call returns. */
    static final int V1_MAX_LINES = 500;
    /** The aom-log {@code base_line} before the first line of a log. */
    static final String V1_FIRST_LINE = "0";

    private LogTail() {}

    /**
     * New lines of the job's log since {@code cursor}, at most {@code maxLines}; when more are
     * waiting the returned cursor stops after the lines returned and {@link Chunk#more()} is true.
     *
     * @param ref a v1 reference must carry its version ({@code TrainingJobs.resolve})
     */
    public static Chunk next(ModelArtsClient client, JobRef ref, LogCursor cursor, int maxLines) {
        return read(client, ref, cursor, maxLines, false);
    }

    /**
     * Like {@link #next}, for once the job has ended: a last v2 line that the job left without a
     * newline is returned too, since nothing will complete it.
     */
    public static Chunk nextAfterEnd(ModelArtsClient client, JobRef ref, LogCursor cursor, int maxLines) {
        return read(client, ref, cursor, maxLines, true);
    }

    private static Chunk read(ModelArtsClient client, JobRef ref, LogCursor cursor, int maxLines, boolean ended) {
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(ref, "ref == null");
        Objects.requireNonNull(cursor, "cursor == null");
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1, got " + maxLines);
        }
        if (ref.api() == JobRef.Api.V2) {
            return v2(client, ref, cursor, maxLines, ended);
        }
        if (!ref.hasVersion()) {
            throw new IllegalArgumentException(ref + " has no version: resolve it first");
        }
        return v1(client, ref, cursor, maxLines);
    }

    private static Chunk v1(ModelArtsClient client, JobRef ref, LogCursor cursor, int maxLines) {
        LogCursor at = cursor;
        if (at.logFile() == null) {
            List<String> files = client.jobsV1().logFileNames(ref.v1JobId(), ref.versionId()).logFileList();
            if (files.isEmpty()) {
                return Chunk.nothing(cursor);
            }
            at = at.following(files.get(0));
        }
        int ask = Math.min(maxLines, V1_MAX_LINES);
        String base = at.endLine() == null ? V1_FIRST_LINE : at.endLine();
        LogLines log = client.jobsV1().logLines(ref.v1JobId(), ref.versionId(), at.logFile(), ask, base, "desc");
        List<String> lines = lines(log.content());
        if (lines.isEmpty()) {
            return Chunk.nothing(at);
        }
        if (log.endLine() == null || log.endLine().isBlank()) {
            throw new ResponseDecodingException("aom-log of " + ref + " returned " + lines.size()
                    + " lines without an end_line cursor to continue from", null);
        }
        return new Chunk(lines, at.afterLine(log.endLine()), 0, lines.size() >= ask);
    }

    private static Chunk v2(ModelArtsClient client, JobRef ref, LogCursor cursor, int maxLines, boolean ended) {
        LogPreview preview = client.jobsV2().logPreview(ref.jobId(), V2_TASK);
        byte[] content = preview.content() == null ? new byte[0] : preview.content().getBytes(StandardCharsets.UTF_8);
        long full = preview.fullSize() == null ? content.length : Math.max(preview.fullSize(), content.length);
        long contentStart = full - content.length;
        if (full <= cursor.bytesShown()) {
            return Chunk.nothing(cursor);
        }
        long skipped = Math.max(0, contentStart - cursor.bytesShown());
        int pos = (int) Math.max(0, cursor.bytesShown() - contentStart);
        List<String> lines = new ArrayList<>();
        while (lines.size() < maxLines && pos < content.length) {
            int newline = indexOf(content, pos);
            if (newline < 0 && !ended) {
                break;
            }
            int end = newline < 0 ? content.length : newline;
            lines.add(stripCarriageReturn(new String(content, pos, end - pos, StandardCharsets.UTF_8)));
            pos = newline < 0 ? content.length : newline + 1;
        }
        boolean more = pos < content.length && (ended || indexOf(content, pos) >= 0);
        return new Chunk(lines, cursor.afterBytes(contentStart + pos), skipped, more);
    }

    /** The lines of a text; a final newline ends the last line rather than starting an empty one. */
    static List<String> lines(String content) {
        if (content == null || content.isEmpty()) {
            return List.of();
        }
        String text = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(stripCarriageReturn(line));
        }
        return lines;
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The lines read by one call, oldest first, and where to continue.
     *
     * @param lines the new lines, without line terminators
     * @param cursor what to pass next time (unchanged when nothing new was found)
     * @param skippedBytes v2: bytes of the log that went by unseen because the preview holds only its
     *     newest part; 0 when nothing was skipped
     * @param more whether more lines are already waiting (v1: this chunk was full, so there may be)
     */
    public record Chunk(List<String> lines, LogCursor cursor, long skippedBytes, boolean more) {
        public Chunk {
            lines = List.copyOf(lines);
            Objects.requireNonNull(cursor, "cursor == null");
        }

        static Chunk nothing(LogCursor cursor) {
            return new Chunk(List.of(), cursor, 0, false);
        }

        public boolean isEmpty() {
            return lines.isEmpty() && skippedBytes == 0;
        }

        /** A one-line note for the console when earlier output was skipped. */
        public Optional<String> note() {
            return skippedBytes == 0
                    ? Optional.empty()
                    : Optional.of("[... " + skippedBytes + " bytes of earlier log output skipped: the log preview"
                            + " holds only the newest part of the log ...]");
        }

        /**
         * What to print: the note, if any, then the lines, each made safe for a console with
         * {@link ConsoleText#safeLogLine(String)} (tabs kept, escape sequences and other control
         * characters shown as {@code \\u001b}), so that a log cannot forge or rewrite console lines.
         */
        public List<String> toPrint() {
            List<String> out = new ArrayList<>(lines.size() + 1);
            note().ifPresent(out::add);
            lines.forEach(line -> out.add(ConsoleText.safeLogLine(line)));
            return out;
        }
    }
}
