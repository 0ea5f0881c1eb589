package io.jenkins.plugins.modelarts.core.logs;

import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Copies every object under a job's log location into a directory: several objects at a time
 * ({@link #DEFAULT_CONCURRENCY} by default), each streamed through a fixed buffer (never a whole file
 * in memory), within a total size cap, each key confined under the directory ({@link SafePaths}),
 * with a progress line per file and per 10 MiB of a large one. Objects that cannot be archived are
 * skipped with a reason, never silently, and the others are still archived: keys outside the listed
 * prefix, objects of other jobs (when a {@link JobLogFilter} is given; counted in one reason), unsafe or
 * too long keys, keys that clash with another ({@code x} and {@code x/y}: the first listed wins), keys the
 * file system refuses. Keys in progress lines and reasons are
 * {@link ConsoleText#safe(String) safe} to print.
 *
 * <p>What is archived does not depend on the concurrency: the keys, the order of the files and the
 * skips are decided from the listing before any download starts (objects of a listed size are counted
 * against the cap in listing order; an object without a size, or larger than listed, draws on what
 * the cap has left while it streams). Heap use is one buffer per download.
 */
public final class LogArchiver {
    static final long PROGRESS_EVERY = 10L * 1024 * 1024;
    /** Downloads at a time: enough to hide per-object latency, few enough for a CI agent's network and disk. */
    public static final int DEFAULT_CONCURRENCY = 4;
    /** The most downloads at a time the front ends let a user ask for ({@code --parallel}, the controller's property). */
    public static final int MAX_CONCURRENCY = 16;
    static final int BUFFER_BYTES = 256 * 1024;

    private final ObjectSource source;
    private final long maxTotalBytes;
    private final Consumer<String> progress;
    private final int concurrency;
    private final JobLogFilter filter;

    /**
     * @param maxTotalBytes the most to write in all; objects that would pass it are skipped
     * @param progress receives a line per file and per 10 MiB of a large one (one line at a time)
     */
    public LogArchiver(ObjectSource source, long maxTotalBytes, Consumer<String> progress) {
        this(source, maxTotalBytes, progress, JobLogFilter.EVERY_OBJECT, DEFAULT_CONCURRENCY);
    }

    /** As above, archiving only the objects {@code filter} accepts; the others are counted in one skip reason. */
    public LogArchiver(ObjectSource source, long maxTotalBytes, Consumer<String> progress, JobLogFilter filter) {
        this(source, maxTotalBytes, progress, filter, DEFAULT_CONCURRENCY);
    }

    /** As above, downloading at most {@code concurrency} objects at a time (1: one after the other). */
    public LogArchiver(ObjectSource source, long maxTotalBytes, Consumer<String> progress, int concurrency) {
        this(source, maxTotalBytes, progress, JobLogFilter.EVERY_OBJECT, concurrency);
    }

    public LogArchiver(ObjectSource source, long maxTotalBytes, Consumer<String> progress, JobLogFilter filter,
            int concurrency) {
        this.source = Objects.requireNonNull(source, "source == null");
        if (maxTotalBytes < 0) {
            throw new IllegalArgumentException("maxTotalBytes must not be negative");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        this.maxTotalBytes = maxTotalBytes;
        Consumer<String> lines = Objects.requireNonNull(progress, "progress == null");
        this.progress = line -> {
            synchronized (lines) {
                lines.accept(line);
            }
        };
        this.concurrency = concurrency;
        this.filter = Objects.requireNonNull(filter, "filter == null");
    }

    /** One object to download, decided from the listing. */
    private record Planned(String key, String relative, Path file, long listedSize) {}

    public ArchiveResult archive(ObsPath location, Path target) throws IOException {
        List<ObjectSource.Entry> entries = new ArrayList<>();
        source.list(location, entries::add);
        Files.createDirectories(target);
        List<String> skipped = new ArrayList<>();
        AtomicLong left = new AtomicLong(maxTotalBytes);
        int[] otherJobs = {0};
        List<Planned> planned = plan(location, target, entries, skipped, left, otherJobs);
        List<Outcome> outcomes = download(location.bucket(), target, planned, left);
        List<Path> files = new ArrayList<>();
        long total = 0;
        for (Outcome o : outcomes) {
            if (o.skipped() != null) {
                skipped.add(o.skipped());
            } else {
                files.add(o.file());
                total += o.bytes();
            }
        }
        if (otherJobs[0] > 0) {
            skipped.add(otherJobs[0] + (otherJobs[0] == 1 ? " object" : " objects") + " under " + location
                    + " belong to other jobs (this job's logs are recognised by " + ConsoleText.safe(filter.description())
                    + "): not archived");
        }
        return new ArchiveResult(files, total, skipped);
    }

    /** Which listed objects to download, in listing order; the rest are skipped here, with a reason. */
    private List<Planned> plan(ObsPath location, Path target, List<ObjectSource.Entry> entries, List<String> skipped,
            AtomicLong left, int[] otherJobs) {
        List<Planned> planned = new ArrayList<>();
        Set<Path> plannedFiles = new HashSet<>();
        Set<Path> plannedFolders = new HashSet<>();
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
                otherJobs[0]++;
                continue;
            }
            Path file = SafePaths.resolve(target, relative).orElse(null);
            if (file == null) {
                skipped.add(shown + ": " + SafePaths.whyRefused(relative) + ", it cannot be saved under " + target);
                continue;
            }
            Path clash = clash(file, target, plannedFiles, plannedFolders);
            if (clash != null) {
                skipped.add(shown + ": cannot be saved as " + ConsoleText.safe(target.relativize(file).toString())
                        + " (another key is saved " + (clash.equals(file) ? "under it as a folder" : "as "
                        + ConsoleText.safe(target.relativize(clash).toString())) + ")");
                continue;
            }
            if (entry.size() >= 0) {
                if (entry.size() > left.get()) {
                    skipped.add(shown + ": over the size cap of " + human(maxTotalBytes) + " (" + human(entry.size()) + ")");
                    continue;
                }
                left.addAndGet(-entry.size());
            }
            plannedFiles.add(file);
            for (Path p = file.getParent(); p != null && !p.equals(target); p = p.getParent()) {
                plannedFolders.add(p);
            }
            planned.add(new Planned(key, relative, file, entry.size()));
        }
        return planned;
    }

    /** The path a planned key already takes that {@code file} would clash with, or null. */
    private static Path clash(Path file, Path target, Set<Path> plannedFiles, Set<Path> plannedFolders) {
        if (plannedFolders.contains(file)) {
            return file; // an earlier key is saved inside a folder of this name
        }
        for (Path p = file.getParent(); p != null && !p.equals(target); p = p.getParent()) {
            if (plannedFiles.contains(p)) {
                return p; // an earlier key is saved as a file where this one needs a folder
            }
        }
        return null;
    }

    /** What became of one planned object: a file and its size, or the reason it was skipped. */
    private record Outcome(Path file, long bytes, String skipped) {}

    private List<Outcome> download(String bucket, Path target, List<Planned> planned, AtomicLong left) throws IOException {
        if (planned.isEmpty()) {
            return List.of();
        }
        if (concurrency == 1 || planned.size() == 1) {
            List<Outcome> outcomes = new ArrayList<>();
            byte[] buffer = new byte[BUFFER_BYTES];
            for (Planned p : planned) {
                outcomes.add(downloadOne(bucket, target, p, left, buffer));
            }
            return outcomes;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, planned.size()), r -> {
            Thread t = new Thread(r, "modelarts-archive-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[BUFFER_BYTES]); // one per download thread
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Planned p : planned) {
                futures.add(pool.submit((Callable<Outcome>) () -> downloadOne(bucket, target, p, left, buffers.get())));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while archiving logs");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow(); // on a failure, the other downloads stop too (their partial files are removed)
            awaitQuietly(pool);
        }
    }

    /** Waits (a while) for stopped downloads to remove their partial files before the archive returns. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Outcome downloadOne(String bucket, Path target, Planned p, AtomicLong left, byte[] buffer) throws IOException {
        String shown = ConsoleText.safe(p.key());
        long written;
        try {
            written = copy(bucket, p, left, buffer);
        } catch (FileSystemException e) {
            // the file system refuses the name (too long, reserved): skip it, go on
            return new Outcome(null, 0, shown + ": cannot be saved as " + ConsoleText.safe(target.relativize(p.file()).toString())
                    + " (" + e.getClass().getSimpleName() + (e.getReason() == null ? "" : ": " + e.getReason()) + ")");
        }
        if (written < 0) {
            return new Outcome(null, 0, shown + ": over the size cap of " + human(maxTotalBytes));
        }
        progress.accept("archived " + ConsoleText.safe(p.relative()) + " (" + human(written) + ")");
        return new Outcome(p.file(), written, null);
    }

    /**
     * Streams one object to its file through a temp file; -1 (and nothing kept) when it passes the cap.
     * Bytes beyond the listed size (all of them when it was not listed) are drawn from what the cap has
     * left, and given back if the object is not kept.
     */
    private long copy(String bucket, Planned p, AtomicLong left, byte[] buffer) throws IOException {
        if (!Files.isDirectory(p.file().getParent())) { // one stat, not a refused mkdir, for the 2nd file of a folder
            Files.createDirectories(p.file().getParent());
        }
        // a sibling, not Files.createTempFile: that one is owner-only, and archived logs keep the umask's permissions
        Path partial = p.file().resolveSibling("." + p.file().getFileName() + ".partial");
        long reserved = Math.max(0, p.listedSize());
        long drawn = 0;
        long written = 0;
        try (InputStream in = source.open(bucket, p.key()); OutputStream out = Files.newOutputStream(partial)) {
            long nextReport = PROGRESS_EVERY;
            // a full buffer per write: the network hands over a few KiB per read, the file gets 256 KiB writes
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                written += n;
                long beyond = written - reserved - drawn;
                if (beyond > 0) {
                    drawn += beyond;
                    if (left.addAndGet(-beyond) < 0) {
                        left.addAndGet(drawn);
                        Files.deleteIfExists(partial);
                        return -1;
                    }
                }
                out.write(buffer, 0, n);
                if (written >= nextReport) {
                    progress.accept("downloading " + ConsoleText.safe(p.key()) + ": " + human(written));
                    nextReport += PROGRESS_EVERY;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted while archiving " + ConsoleText.safe(p.key()));
                }
            }
        } catch (IOException | RuntimeException e) {
            left.addAndGet(drawn);
            Files.deleteIfExists(partial);
            throw e;
        }
        try {
            Files.move(partial, p.file(), StandardCopyOption.ATOMIC_MOVE); // a rename: replaces an existing file, no probe first
        } catch (IOException e) {
            left.addAndGet(drawn);
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
