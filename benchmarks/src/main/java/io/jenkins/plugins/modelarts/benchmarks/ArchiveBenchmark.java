package io.jenkins.plugins.modelarts.benchmarks;

import io.jenkins.plugins.modelarts.core.logs.ArchiveResult;
import io.jenkins.plugins.modelarts.core.logs.LogArchiver;
import io.jenkins.plugins.modelarts.core.logs.ObsObjectSource;
import io.jenkins.plugins.modelarts.core.logs.ObsPath;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Archiving a job's logs ({@link LogArchiver} over the vendor's OBS client) against a raw baseline
 * measured in the same run: plain sequential HTTP GETs of the same objects from the same server
 * (the emulator's OBS, on loopback), each written to a file through a 64 KiB buffer. Two shapes:
 * 200 objects of 1 MiB ("many") and one of 200 MiB ("big"). Each shape first runs warm-up pairs
 * (third argument, 8 by default) until the JIT has compiled both paths — the vendor's client is far
 * more code than the baseline's, and one warm-up left it compiling through the measured runs — and the
 * first, cold pair is printed on its own; then the runs alternate (baseline, archiver) and the medians
 * are compared; the last lines are
 * {@code archive-many ratio=R}, {@code archive-big ratio=R} (the archiver's throughput over the
 * baseline's: above 1 is faster) and the peak heap used while archiving. An extra measurement, labelled
 * as such and not part of those lines, repeats "many" with a first-byte latency on every OBS answer
 * (second argument, milliseconds; 10 by default, 0 to skip), as a network between agent and OBS has.
 */
public final class ArchiveBenchmark {
    private static final String BUCKET = "bench";
    private static final int MANY = 200;
    private static final long MIB = 1024 * 1024;
    /** The extra measurement's wait before each answer: a CI agent's round trip to OBS in its region, roughly. */
    private static final long DEFAULT_LATENCY_MILLIS = 10;
    /** Pairs run before the measured ones: about what the archiver's path needs here before its figures settle. */
    private static final int DEFAULT_WARMUPS = 8;

    private ArchiveBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long latencyMillis = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_LATENCY_MILLIS;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_WARMUPS;
        // no signature check: the baseline sends plain GETs (the archiver still signs every request)
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().authRequired(false).build().start()) {
            List<String> many = new ArrayList<>();
            for (int i = 0; i < MANY; i++) {
                String key = "many/worker-" + i + ".log";
                emulator.obs().putGenerated(BUCKET, key, MIB);
                many.add(key);
            }
            emulator.obs().putGenerated(BUCKET, "big/worker-0.log", 200 * MIB);
            System.out.printf(Locale.ROOT, "Log archiving vs sequential plain GETs; %d cores, max heap %d MiB, %d warm-up pairs"
                    + " and %d measured runs per shape, %d downloads at a time%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, warmups, runs, LogArchiver.DEFAULT_CONCURRENCY);
            Shape manyShape = measure(emulator, "many", "many", many, warmups, runs);
            Shape bigShape = measure(emulator, "big", "big", List.of("big/worker-0.log"), warmups, runs);
            List<Shape> shapes = new ArrayList<>(List.of(manyShape, bigShape));
            if (latencyMillis > 0) { // an extra measurement, not the issue's: what concurrency buys when answers take a round trip
                emulator.obs().firstByteLatency(Duration.ofMillis(latencyMillis));
                shapes.add(measure(emulator, "many", "many, " + latencyMillis + " ms first-byte latency", many, 1,
                        Math.min(runs, 3)));
                emulator.obs().firstByteLatency(Duration.ZERO);
            }
            System.out.println();
            System.out.println("| shape | bytes | baseline median | archiver median | baseline MiB/s | archiver MiB/s | ratio"
                    + " | cold first pair |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
            for (Shape s : shapes) {
                System.out.printf(Locale.ROOT, "| %s | %d MiB | %.2f s | %.2f s | %.0f | %.0f | %.2f | %.2f s → %.2f s |%n", s.name,
                        s.bytes / MIB, s.baselineSeconds, s.archiverSeconds, s.bytes / MIB / s.baselineSeconds,
                        s.bytes / MIB / s.archiverSeconds, s.baselineSeconds / s.archiverSeconds, s.coldBaseline, s.coldArchiver);
            }
            System.out.println();
            if (latencyMillis > 0) {
                Shape slow = shapes.get(2);
                System.out.printf(Locale.ROOT, "extra, not the loopback measure: with %d ms before each answer's first byte,"
                        + " ratio=%.2f%n", latencyMillis, slow.baselineSeconds / slow.archiverSeconds);
            }
            System.out.printf(Locale.ROOT, "peak heap used while archiving: %d MiB (max heap %d MiB)%n",
                    shapes.stream().mapToLong(Shape::peakHeap).max().orElse(0) / MIB, Runtime.getRuntime().maxMemory() / MIB);
            System.out.printf(Locale.ROOT, "archive-many ratio=%.2f%n", manyShape.baselineSeconds / manyShape.archiverSeconds);
            System.out.printf(Locale.ROOT, "archive-big ratio=%.2f%n", bigShape.baselineSeconds / bigShape.archiverSeconds);
        }
    }

    /** The medians of the measured runs, and the first (cold) pair of the warm-up. */
    private record Shape(String name, long bytes, double baselineSeconds, double archiverSeconds, long peakHeap,
            double coldBaseline, double coldArchiver) {}

    private static Shape measure(ModelArtsEmulator emulator, String prefix, String name, List<String> keys, int warmups,
            int runs) throws Exception {
        List<Double> baseline = new ArrayList<>();
        List<Double> archiver = new ArrayList<>();
        long bytes = 0;
        long peak = 0;
        double[] cold = new double[2];
        for (int run = -Math.max(1, warmups); run < runs; run++) { // negative runs warm both up
            Path dir = Files.createTempDirectory("archive-bench");
            try {
                long start = System.nanoTime();
                long got = baseline(emulator.baseUrl(), keys, dir.resolve("baseline"));
                double baselineSeconds = (System.nanoTime() - start) / 1e9;
                HeapSampler heap = HeapSampler.start();
                start = System.nanoTime();
                ArchiveResult result;
                try (ObsObjectSource source = new ObsObjectSource(emulator.baseUrl(), emulator.accessKey(),
                        emulator.secretKey(), null, true)) {
                    result = new LogArchiver(source, Long.MAX_VALUE, line -> { })
                            .archive(ObsPath.parse("obs://" + BUCKET + "/" + prefix + "/"), dir.resolve("archiver"));
                }
                double archiverSeconds = (System.nanoTime() - start) / 1e9;
                long used = heap.stop();
                if (result.bytes() != got || result.files().size() != keys.size()) {
                    throw new IllegalStateException("the archiver got " + result.bytes() + " bytes in " + result.files().size()
                            + " files, the baseline " + got + " in " + keys.size());
                }
                if (run == -Math.max(1, warmups)) {
                    cold[0] = baselineSeconds;
                    cold[1] = archiverSeconds;
                }
                if (run >= 0) {
                    baseline.add(baselineSeconds);
                    archiver.add(archiverSeconds);
                    peak = Math.max(peak, used);
                }
                bytes = got;
                String label = run < 0 ? "warm-up " + (run + Math.max(1, warmups) + 1) : "run " + (run + 1);
                System.out.printf(Locale.ROOT, "%s %s: baseline %.2f s, archiver %.2f s%n", name, label, baselineSeconds,
                        archiverSeconds);
            } finally {
                deleteTree(dir);
            }
        }
        return new Shape(name, bytes, median(baseline), median(archiver), peak, cold[0], cold[1]);
    }

    /** Plain sequential GETs, each written to a file through a 64 KiB buffer: what curl does. */
    private static long baseline(String baseUrl, List<String> keys, Path dir) throws IOException {
        Files.createDirectories(dir);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (String key : keys) {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + "/" + BUCKET + "/" + key).toURL().openConnection();
            Path file = dir.resolve(key.replace('/', '_'));
            try (InputStream in = c.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    total += n;
                }
            }
        }
        return total;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The most heap in use, sampled every 5 ms, while it runs. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            System.gc();
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
