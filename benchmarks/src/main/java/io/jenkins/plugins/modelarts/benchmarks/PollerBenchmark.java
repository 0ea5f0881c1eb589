package io.jenkins.plugins.modelarts.benchmarks;

import io.jenkins.plugins.modelarts.emulator.ManualClock;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.poll.JobPoller;
import io.jenkins.plugins.modelarts.core.poll.PollerSettings;
import io.jenkins.plugins.modelarts.core.poll.Watch;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * N concurrent waits on v1 jobs of staggered length (5 to 30 simulated minutes), on the emulator
 * with a simulated clock, once through the shared {@link JobPoller} and once through
 * {@link NaiveWaiters}; prints requests per job-hour, the delay between a job's end and its
 * waiter hearing of it (simulated time), peak live threads and heap per waiting job.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [--shuffled] [N ...]} (default 10 100 1000).
 * By default a job's run time grows with its creation order, so the oldest jobs end first, as jobs
 * of similar length started one after another do; {@code --shuffled} gives the run times out in a
 * seeded random order instead (the shared poller's pages then shrink only late).
 */
public final class PollerBenchmark {
    private static final Duration STEP = Duration.ofSeconds(1);
    private static final Duration GIVE_UP = Duration.ofHours(3);
    private static final long MIN_RUN_SECONDS = 300;
    private static final long RUN_SPREAD_SECONDS = 1500;
    private static final String SHUFFLED = "--shuffled";

    private PollerBenchmark() {}

    record Result(String mode, int n, long requests, long bytes, double jobHours, long p50Millis, long p95Millis, int peakThreads,
            int addedThreads, long heapPerJobBytes, long wallMillis) {
        double requestsPerJobHour() {
            return requests / jobHours;
        }
    }

    public static void main(String[] args) throws Exception {
        // The JDK HTTP server inside the emulator otherwise waits ~40 ms per response (Nagle and delayed ACK).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        boolean shuffled = Arrays.asList(args).contains(SHUFFLED);
        int[] ns = Arrays.stream(args).filter(a -> !a.equals(SHUFFLED)).mapToInt(Integer::parseInt).toArray();
        ns = ns.length == 0 ? new int[] {10, 100, 1000} : ns;
        PollerSettings settings = PollerSettings.defaults();
        System.out.printf(Locale.ROOT, "Shared poller vs one read per job; intervals %ss pending / %ss running, jitter %.0f%%,"
                + " tick %ss, budget %d req/min; run times %s; %d cores, max heap %d MiB%n",
                settings.pendingInterval().toSeconds(), settings.runningInterval().toSeconds(), settings.jitter() * 100,
                settings.tickPeriod().toSeconds(), settings.maxRequestsPerMinute(),
                shuffled ? "shuffled" : "growing with creation order",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<Result> results = new ArrayList<>();
        for (int n : ns) {
            results.add(run("shared", n, settings, shuffled));
            results.add(run("naive", n, settings, shuffled));
        }
        System.out.println();
        System.out.println("| N | waiter | requests | answer bytes | requests per job-hour | delay p50 | delay p95 | peak threads (JVM) | threads added while waiting | heap per waiting job | wall time |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %d | %s | %d | %d | %.1f | %.1f s | %.1f s | %d | %d | %s | %.1f s |%n", r.n(), r.mode(),
                    r.requests(), r.bytes(), r.requestsPerJobHour(), r.p50Millis() / 1000.0, r.p95Millis() / 1000.0, r.peakThreads(),
                    r.addedThreads(), r.heapPerJobBytes() < 0 ? "n/a" : r.heapPerJobBytes() + " B", r.wallMillis() / 1000.0);
        }
        System.out.println();
        for (int i = 0; i + 1 < results.size(); i += 2) {
            Result shared = results.get(i);
            Result naive = results.get(i + 1);
            System.out.printf(Locale.ROOT, "N=%d: naive/shared requests = %.1fx; naive/shared bytes = %.1fx; p95 delay shared"
                    + " %.1f s vs naive %.1f s%n", shared.n(), (double) naive.requests() / shared.requests(),
                    (double) naive.bytes() / shared.bytes(), shared.p95Millis() / 1000.0, naive.p95Millis() / 1000.0);
        }
    }

    static Result run(String mode, int n, PollerSettings settings, boolean shuffled) throws InterruptedException, ExecutionException {
        long wallStart = System.nanoTime();
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().port(0).clock(clock).build().start();
                ModelArtsClient client = ModelArtsClient.builder().endpoint(emulator.baseUrl())
                        .projectId(emulator.projectId()).clock(clock)
                        .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).build()) {
            TrainingJobs jobs = new TrainingJobs(client);
            long start = clock.millis();
            Map<JobRef, Long> endsAt = new HashMap<>();
            List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
            if (shuffled) {
                java.util.Collections.shuffle(order, new Random(3));
            }
            for (int i = 0; i < n; i++) {
                long runSeconds = MIN_RUN_SECONDS + (long) order.get(i) * RUN_SPREAD_SECONDS / Math.max(1, n - 1);
                JobRef ref = jobs.submit(JobSpecLoader.parse("benchmark job", spec(mode + "-" + i, runSeconds))).ref();
                endsAt.put(ref, start + runSeconds * 1000);
            }
            emulator.journal().clear();
            Map<JobRef, Long> heardAt = new ConcurrentHashMap<>();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long heapBefore = usedHeapAfterGc();
            threads.resetPeakThreadCount();
            int threadsBefore = threads.getThreadCount();
            long heapPerJob;
            if (mode.equals("shared")) {
                ScheduledExecutorService scheduler = JobPoller.daemonScheduler();
                try (JobPoller poller = new JobPoller(clock, settings, new Random(1))) {
                    List<Watch> watches = new ArrayList<>(n);
                    for (JobRef ref : endsAt.keySet()) {
                        Watch w = poller.watch(client, ref);
                        w.result().thenAccept(s -> heardAt.put(ref, clock.millis()));
                        watches.add(w);
                    }
                    heapPerJob = (usedHeapAfterGc() - heapBefore) / n;
                    while (heardAt.size() < n && clock.millis() - start < GIVE_UP.toMillis()) {
                        clock.advance(STEP);
                        scheduler.submit(poller::tick).get(); // the poller's one thread does the work
                    }
                    watches.forEach(Watch::cancel);
                } finally {
                    scheduler.shutdownNow();
                }
            } else {
                NaiveWaiters naive = new NaiveWaiters(jobs, clock, settings, heardAt::put);
                endsAt.keySet().forEach(naive::watch);
                heapPerJob = (usedHeapAfterGc() - heapBefore) / n;
                while (!naive.allDone() && clock.millis() - start < GIVE_UP.toMillis()) {
                    clock.advance(STEP);
                    naive.tick();
                }
            }
            int peakThreads = threads.getPeakThreadCount();
            long requests = emulator.journal().size();
            long bytes = emulator.journal().entries().stream().mapToLong(e -> e.responseBytes()).sum();
            long[] delays = endsAt.entrySet().stream()
                    .mapToLong(e -> heardAt.getOrDefault(e.getKey(), Long.MAX_VALUE / 2) - e.getValue()).sorted().toArray();
            double jobHours = endsAt.keySet().stream()
                    .mapToLong(ref -> heardAt.getOrDefault(ref, clock.millis()) - start).sum() / 3_600_000.0;
            return new Result(mode, n, requests, bytes, jobHours, percentile(delays, 50), percentile(delays, 95), peakThreads,
                    peakThreads - threadsBefore, heapPerJob, (System.nanoTime() - wallStart) / 1_000_000);
        }
    }

    private static String spec(String name, long runSeconds) {
        return """
                {"job_name": "bench-%s", "config": {"worker_server_num": 1,
                  "app_url": "/bench/src/", "boot_file_url": "/bench/src/train.py",
                  "parameter": [{"label": "%s", "value": "%d"}],
                  "data_url": "/bench/data/", "spec_id": 1, "engine_id": 1,
                  "train_url": "/bench/out/", "log_url": "/bench/logs/"}}
                """.formatted(name, JobScript.RUN_SECONDS, runSeconds);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
