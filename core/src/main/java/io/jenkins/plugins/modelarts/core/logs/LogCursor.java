package io.jenkins.plugins.modelarts.core.logs;

import java.io.Serializable;

/**
 * Where a {@link LogTail} continues: small, immutable and serializable, so that a Jenkins step can
 * keep it in the build and, after a controller restart, go on without printing a line twice. It
 * holds only positions, never credentials.
 *
 * <ul>
 *   <li>v1 jobs: the log file being followed ({@code logFile}, from {@code log/file-names}) and the
 *       aom-log {@code end_line} of the last line shown ({@code endLine}). Cursors are opaque
 *       strings, often 19-digit numbers: they are passed back exactly as the service sent them.
 *   <li>v2 jobs: how many bytes of the task's log have been shown ({@code bytesShown}).
 * </ul>
 *
 * @param logFile v1: the log file followed, null until one was chosen; unused for v2
 * @param endLine v1: the cursor of the last line shown, null when none was shown yet
 * @param bytesShown v2: UTF-8 bytes of the log already shown (or skipped), at least 0
 */
public record LogCursor(String logFile, String endLine, long bytesShown) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final LogCursor START = new LogCursor(null, null, 0);

    public LogCursor {
        if (bytesShown < 0) {
            throw new IllegalArgumentException("bytesShown must not be negative, got " + bytesShown);
        }
    }

    /** Nothing shown yet: the next chunk starts at the beginning of the log. */
    public static LogCursor start() {
        return START;
    }

    /** Whether nothing has been shown yet. */
    public boolean atStart() {
        return endLine == null && bytesShown == 0;
    }

    LogCursor following(String file) {
        return new LogCursor(file, endLine, bytesShown);
    }

    LogCursor afterLine(String cursor) {
        return new LogCursor(logFile, cursor, bytesShown);
    }

    LogCursor afterBytes(long bytes) {
        return new LogCursor(logFile, endLine, bytes);
    }

    /**
     * Serialized through a plain class: Jenkins keeps waiting steps in its Pipeline program (JBoss
     * Marshalling) and actions in XStream XML, and neither can rebuild a record by itself.
     */
    private Object writeReplace() {
        return new Serialized(logFile, endLine, bytesShown);
    }

    private static final class Serialized implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String logFile;
        private final String endLine;
        private final long bytesShown;

        Serialized(String logFile, String endLine, long bytesShown) {
            this.logFile = logFile;
            this.endLine = endLine;
            this.bytesShown = bytesShown;
        }

        private Object readResolve() {
            return new LogCursor(logFile, endLine, bytesShown);
        }
    }
}
