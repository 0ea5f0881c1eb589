package io.jenkins.plugins.modelarts.core.logs;

import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Copies every object under a job's log location into a directory: streamed through a fixed
 * buffer (never a whole file in memory), within a total size cap, each key confined under the
 * directory ({@link SafePaths}), with a progress line for large downloads. Objects that cannot be
 * archived are skipped with a reason, never silently, and the others are still archived: keys outside
 * the listed prefix, unsafe or too long keys, keys the file system refuses or that clash with another
 * ({@code x} and {@code x/y}). Keys in progress lines and reasons are {@link ConsoleText#safe(String) safe}
 * to print.
 */
public final class LogArchiver {
    static final long PROGRESS_EVERY = 10L * 1024 * 1024;
    private final ObjectSource source;
    private final long maxTotalBytes;
    private final Consumer<String> progress;
    private final JobLogFilter filter;

    /**
     * @param maxTotalBytes the most to write in all; objects that would pass it are skipped
     * @param progress receives a line per file and per 10 MiB of a large one
     */
    public LogArchiver(ObjectSource source, long maxTotalBytes, Consumer<String> progress) {
        this(source, maxTotalBytes, progress, JobLogFilter.EVERY_OBJECT);
    }

    /** As above, archiving only the objects {@code filter} accepts; the others are counted in one skip reason. */
    public LogArchiver(ObjectSource source, long maxTotalBytes, Consumer<String> progress, JobLogFilter filter) {
        this.source = Objects.requireNonNull(source, "source == null");
        if (maxTotalBytes < 0) {
            throw new IllegalArgumentException("maxTotalBytes must not be negative");
        }
        this.maxTotalBytes = maxTotalBytes;
        this.progress = Objects.requireNonNull(progress, "progress == null");
        this.filter = Objects.requireNonNull(filter, "filter == null");
    }

    public ArchiveResult archive(ObsPath location, Path target) throws IOException {
        List<ObjectSource.Entry> entries = new ArrayList<>();
        source.list(location, entries::add);
        Files.createDirectories(target);
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long total = 0;
        int otherJobs = 0;
        for (ObjectSource.Entry entry : entries) {
            String key = entry.key();
            String shown = ConsoleText.safe(key);
            if (key == null || !key.startsWith(location.prefix())) {
                skipped.add(shown + ": outside " + location + ", which was listed; not archived");
                continue;
            }
            String relative = key.substring(location.prefix().length());
            if (relative.isEmpty() || relative.endsWith("/")) {
                continue;
            }
            if (!filter.accepts().test(relative.substring(relative.lastIndexOf('/') + 1))) {
                otherJobs++;
                continue;
            }
            Path file = SafePaths.resolve(target, relative).orElse(null);
            if (file == null) {
                skipped.add(shown + ": " + SafePaths.whyRefused(relative) + ", it cannot be saved under " + target);
                continue;
            }
            if (entry.size() >= 0 && total + entry.size() > maxTotalBytes) {
                skipped.add(shown + ": over the size cap of " + human(maxTotalBytes) + " (" + human(entry.size()) + ")");
                continue;
            }
            long written;
            try {
                written = copy(location.bucket(), key, file, maxTotalBytes - total);
            } catch (FileSystemException e) {
                // the key clashes with another (x and x/y) or the file system refuses the name: skip it, go on
                skipped.add(shown + ": cannot be saved as " + target.relativize(file) + " ("
                        + e.getClass().getSimpleName() + (e.getReason() == null ? "" : ": " + e.getReason()) + ")");
                continue;
            }
            if (written < 0) {
                skipped.add(shown + ": over the size cap of " + human(maxTotalBytes));
                continue;
            }
            total += written;
            files.add(file);
            progress.accept("archived " + ConsoleText.safe(relative) + " (" + human(written) + ")");
        }
        if (otherJobs > 0) {
            skipped.add(otherJobs + (otherJobs == 1 ? " object" : " objects") + " under " + location
                    + " belong to other jobs (this job's logs are recognised by " + ConsoleText.safe(filter.description())
                    + "): not archived");
        }
        return new ArchiveResult(files, total, skipped);
    }

    /** Streams one object to {@code file} through a temp file; -1 (and nothing kept) when it exceeds {@code budget}. */
    private long copy(String bucket, String key, Path file, long budget) throws IOException {
        Files.createDirectories(file.getParent());
        // a sibling, not Files.createTempFile: that one is owner-only, and archived logs keep the umask's permissions
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        long written = 0;
        try (InputStream in = source.open(bucket, key); OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[64 * 1024];
            long nextReport = PROGRESS_EVERY;
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > budget) {
                    Files.deleteIfExists(partial);
                    return -1;
                }
                out.write(buffer, 0, n);
                if (written >= nextReport) {
                    progress.accept("downloading " + ConsoleText.safe(key) + ": " + human(written));
                    nextReport += PROGRESS_EVERY;
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return written;
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
