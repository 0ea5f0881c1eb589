package io.jenkins.plugins.modelarts.emulator.service;

import io.jenkins.plugins.modelarts.emulator.Recording;
import io.jenkins.plugins.modelarts.emulator.obs.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Job logs: the lines a run has written so far, and their copy to OBS under the job's log path when it ends. */
public final class LogArchive {
    private final ObjectStore store;
    private final Clock clock;

    public LogArchive(ObjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * All lines once the run ended; while it runs, a part growing with its {@linkplain
     * TrainingRun#progress progress}: at least the first line, never the last. A replay's workers each
     * write the recorded lines.
     */
    static List<String> linesSoFar(String jobName, int worker, TrainingRun run, Instant now) {
        Recording recording = run.script().recording();
        List<String> all = recording != null ? recording.logLines() : Samples.logLines(jobName, worker, run.script().logLines());
        if (run.isTerminal() || all.size() <= 1) {
            return all;
        }
        int shown = (int) Math.floor(all.size() * run.progress(now));
        return all.subList(0, Math.max(1, Math.min(all.size() - 1, shown)));
    }

    /** Writes each worker's log as {@code <prefix><base>-worker-<n>.log}; {@code obsPath} is /bucket/dir/ or obs://bucket/dir/. */
    void archive(String obsPath, String base, String jobName, int workers, TrainingRun run) {
        if (obsPath == null || obsPath.isBlank()) {
            return;
        }
        String path = obsPath.startsWith("obs://") ? obsPath.substring(6) : obsPath.replaceFirst("^/", "");
        int slash = path.indexOf('/');
        String bucket = slash < 0 ? path : path.substring(0, slash);
        String prefix = slash < 0 ? "" : path.substring(slash + 1);
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix += "/";
        }
        for (int w = 0; w < workers; w++) {
            String text = String.join("\n", linesSoFar(jobName, w, run, clock.instant())) + "\n";
            store.put(bucket, prefix + base + "-worker-" + w + ".log", text.getBytes(StandardCharsets.UTF_8), clock.instant());
        }
    }
}
