package io.jenkins.plugins.modelarts.jenkins.wait;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.core.logs.ArchiveResult;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.logs.JobLogFilter;
import io.jenkins.plugins.modelarts.core.logs.LogArchiver;
import io.jenkins.plugins.modelarts.core.logs.ObjectSource;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.core.logs.ObsPath;
import io.jenkins.plugins.modelarts.core.logs.LogLocation;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.report.TrainingReport;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientFactory;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.report.ArtifactArchiver;
import io.jenkins.plugins.modelarts.jenkins.report.BuildReports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Archives a finished job's own objects under its {@code log_url} (other jobs' are left out, as
 * {@link JobLogFilter} recognises them) with the build, as artifacts under
 * {@value #ARTIFACT_FOLDER}: streamed from OBS into a scratch folder in the build's own folder (never
 * whole files in memory), size-capped, every key confined under that folder, then handed to the
 * build's artifact manager and the scratch folder removed. Each archiving has a scratch folder of
 * its own (parallel waits in one build archive side by side), deleted only by the archiving that made it. A failure here is reported and never fails
 * the step: the logs are evidence, not the result.
 */
public final class LogArchiving {
    public static final String ARTIFACT_FOLDER = "modelarts/logs/";
    /** Scratch folders in the build's folder start with this; each is removed by the archiving that made it. */
    static final String SCRATCH_PREFIX = "modelarts-logs-scratch-";
    /**
     * The system property that sets how many log objects one archiving downloads at a time (1-16;
     * default {@link LogArchiver#DEFAULT_CONCURRENCY}): {@code -Dio.jenkins.plugins.modelarts.jenkins.wait.LogArchiving.concurrency=8}.
     */
    public static final String CONCURRENCY_PROPERTY = LogArchiving.class.getName() + ".concurrency";

    private final ClientFactory clients;
    private final Connection connection;
    private final ArtifactArchiver artifacts;

    public LogArchiving(ClientFactory clients, Connection connection, ArtifactArchiver artifacts) {
        this.clients = clients;
        this.connection = connection;
        this.artifacts = artifacts;
    }

    /**
     * Archives the objects under {@code logUrl} that {@code filter} says are the job's as
     * {@code modelarts/logs/<folder>/...}; the others (other jobs writing to the same location) are
     * counted in one line. Returns what was archived, or why nothing was.
     */
    public Outcome archive(Run<?, ?> run, TaskListener listener, String logUrl, String folder, JobLogFilter filter,
            long maxBytes) throws InterruptedException {
        PrintStream log = listener.getLogger();
        if (logUrl == null || logUrl.isBlank()) {
            String why = "No log location for this job (v1 log_url, v2 spec.log_export_path): no logs to archive";
            log.println(why);
            return Outcome.notArchived(why);
        }
        // One scratch folder per archiving (per job and per step): parallel waits in one build never
        // share it, and only its owner deletes it.
        Path scratch = run.getRootDir().toPath().resolve(SCRATCH_PREFIX + safe(folder) + "-" + UUID.randomUUID());
        try {
            ObsPath location = ObsPath.parse(logUrl);
            ObjectSource source = clients.obs(connection, run);
            log.println("Archiving the job's logs from " + location + " (at most " + (maxBytes / (1024 * 1024)) + " MB; "
                    + ConsoleText.safe(filter.description()) + ")");
            Path target = scratch.resolve("modelarts").resolve("logs").resolve(folder);
            ArchiveResult result;
            try {
                result = new LogArchiver(source, maxBytes, log::println, filter, concurrency()).archive(location, target);
            } finally {
                ObjectSource.closeQuietly(source);
            }
            Map<String, String> files = new LinkedHashMap<>();
            for (Path file : result.files()) {
                String rel = scratch.relativize(file).toString().replace('\\', '/');
                files.put(rel, rel);
            }
            artifacts.archive(run, scratch, files, listener);
            log.println("Archived " + files.size() + " log file(s), " + result.bytes() + " bytes, under " + ARTIFACT_FOLDER + folder + "/");
            result.skipped().forEach(s -> log.println("  skipped: " + s));
            return new Outcome(files.keySet().stream().toList(), result.bytes(), result.skipped(), null);
        } catch (AbortException | ModelArtsException | IllegalArgumentException e) {
            return notArchived(log, ConsoleText.errorMessage(e));
        } catch (IOException e) {
            return notArchived(log, e.toString());
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static Outcome notArchived(PrintStream log, String why) {
        String message = "The job's logs were not archived: " + why;
        log.println(message);
        return Outcome.notArchived(message);
    }

    /**
     * What one archiving did.
     *
     * @param files the artifact paths archived ({@value #ARTIFACT_FOLDER}{@code <job>/...})
     * @param bytes their total size
     * @param skipped the objects left out, each with the reason
     * @param problem why nothing was archived; null when the archiving ran
     */
    public record Outcome(List<String> files, long bytes, List<String> skipped, String problem) {
        public Outcome {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }

        static Outcome notArchived(String problem) {
            return new Outcome(List.of(), 0, List.of(), problem);
        }
    }

    /**
     * Archives the logs of a job read now ({@code modelartsLogs}) under {@code modelarts/logs/<job>/}, recognised
     * as for a waited-for job.
     */
    public Outcome archive(Run<?, ?> run, TaskListener listener, JobSnapshot job, ModelArtsClient client, long maxBytes)
            throws InterruptedException {
        String logUrl;
        try {
            logUrl = LogLocation.of(job.detail()).map(ObsPath::toString).orElse(null);
        } catch (IllegalArgumentException e) {
            return notArchived(listener.getLogger(), ConsoleText.errorMessage(e));
        }
        String versionName = job.detail() instanceof TrainingJobVersion v ? v.versionName() : null;
        return archive(run, listener, logUrl, BuildReports.dirName(job.ref()), JobLogFilter.forJob(client, job.ref(), versionName),
                maxBytes);
    }

    /** Archives the logs of the job {@code report} is about, recognising them as {@link JobLogFilter#forJob} does. */
    void archive(Run<?, ?> run, TrainingReport report, ModelArtsClient client, long maxBytes, TaskListener listener)
            throws InterruptedException {
        archive(run, listener, report.logUrl(), BuildReports.dirName(report.ref()),
                JobLogFilter.forJob(client, report.ref(), report.version()), maxBytes);
    }

    /** The controller's setting ({@link #CONCURRENCY_PROPERTY}), kept within 1-16; the default when unset or not a number. */
    static int concurrency() {
        Integer configured = Integer.getInteger(CONCURRENCY_PROPERTY);
        return configured == null ? LogArchiver.DEFAULT_CONCURRENCY : Math.max(1, Math.min(LogArchiver.MAX_CONCURRENCY, configured));
    }

    private static String safe(String folder) {
        return folder.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover scratch folder is deleted with the build
        }
    }
}
