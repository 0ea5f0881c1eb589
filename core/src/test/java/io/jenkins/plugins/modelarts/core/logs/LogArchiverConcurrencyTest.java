package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several downloads at a time, with the same files, order, skips and cap as one at a time. */
class LogArchiverConcurrencyTest {
    private static final ObsPath LOCATION = ObsPath.parse("/logs/job/");

    @TempDir
    Path dir;

    /** In-memory objects, each read slowly enough that downloads overlap; counts how many are open at once. */
    private static final class SlowSource implements ObjectSource {
        final Map<String, byte[]> objects = new LinkedHashMap<>();
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger mostOpen = new AtomicInteger();
        boolean listSizes = true;
        String failing;

        SlowSource add(String key, int size) {
            byte[] content = new byte[size];
            for (int i = 0; i < size; i++) {
                content[i] = (byte) (key.hashCode() + i);
            }
            objects.put(key, content);
            return this;
        }

        @Override
        public void list(ObsPath location, Consumer<Entry> each) {
            objects.forEach((k, v) -> each.accept(new Entry(k, listSizes ? v.length : -1)));
        }

        @Override
        public InputStream open(String bucket, String key) {
            mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            return new FilterInputStream(new ByteArrayInputStream(objects.get(key))) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException();
                    }
                    if (key.equals(failing)) {
                        throw new IOException("connection reset while reading " + key);
                    }
                    return super.read(b, off, Math.min(len, 4096));
                }

                @Override
                public void close() throws IOException {
                    open.decrementAndGet();
                    super.close();
                }
            };
        }
    }

    private static SlowSource twelveObjects() {
        SlowSource source = new SlowSource();
        for (int i = 0; i < 12; i++) {
            source.add("job/worker-" + i + ".log", 10_000 + i);
        }
        return source;
    }

    private ArchiveResult archive(SlowSource source, long cap, int concurrency, String folder) throws IOException {
        List<String> progress = new ArrayList<>();
        return new LogArchiver(source, cap, progress::add, concurrency).archive(LOCATION, dir.resolve(folder));
    }

    @Test
    void objectsAreDownloadedSeveralAtATimeUpToTheLimitAndGiveWhatOneAtATimeGives() throws IOException {
        SlowSource parallel = twelveObjects();
        SlowSource sequential = twelveObjects();

        ArchiveResult four = archive(parallel, Long.MAX_VALUE, 4, "four");
        ArchiveResult one = archive(sequential, Long.MAX_VALUE, 1, "one");

        assertThat(parallel.mostOpen.get()).as("downloads at once").isEqualTo(4);
        assertThat(sequential.mostOpen.get()).isEqualTo(1);
        assertThat(four.files()).extracting(p -> dir.resolve("four").relativize(p).toString())
                .isEqualTo(one.files().stream().map(p -> dir.resolve("one").relativize(p).toString()).toList())
                .startsWith("worker-0.log", "worker-1.log", "worker-2.log");
        assertThat(four.bytes()).isEqualTo(one.bytes()).isEqualTo(12 * 10_000 + 66);
        for (String key : parallel.objects.keySet()) {
            String name = key.substring("job/".length());
            assertThat(Files.readAllBytes(dir.resolve("four").resolve(name))).isEqualTo(parallel.objects.get(key));
        }
    }

    @Test
    void objectsWithoutAListedSizeShareTheCapWhileTheyStreamAndNoneIsKeptPastIt() throws IOException {
        SlowSource source = twelveObjects();
        source.listSizes = false;

        ArchiveResult result = archive(source, 35_000, 4, "capped");

        assertThat(result.bytes()).isLessThanOrEqualTo(35_000);
        assertThat(result.files()).hasSizeBetween(1, 3);
        assertThat(result.skipped()).hasSize(12 - result.files().size()).allMatch(s -> s.contains("over the size cap"));
        try (Stream<Path> files = Files.list(dir.resolve("capped"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"))
                    .hasSize(result.files().size());
        }
    }

    @Test
    void aFailedDownloadEndsTheArchiveAndLeavesNoPartialFile() {
        SlowSource source = twelveObjects();
        source.failing = "job/worker-5.log";

        assertThatThrownBy(() -> archive(source, Long.MAX_VALUE, 4, "failed"))
                .isInstanceOf(IOException.class).hasMessageContaining("worker-5.log");
        try (Stream<Path> files = Files.list(dir.resolve("failed"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aConcurrencyBelowOneIsRefused() {
        assertThatThrownBy(() -> new LogArchiver(new SlowSource(), 1, line -> { }, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
