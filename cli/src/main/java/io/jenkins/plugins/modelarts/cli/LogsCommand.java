package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.LogLines;
import io.jenkins.plugins.modelarts.client.model.LogPreview;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.logs.ArchiveResult;
import io.jenkins.plugins.modelarts.core.logs.JobLogFilter;
import io.jenkins.plugins.modelarts.core.logs.LogArchiver;
import io.jenkins.plugins.modelarts.core.logs.LogLocation;
import io.jenkins.plugins.modelarts.core.logs.ObsObjectSource;
import io.jenkins.plugins.modelarts.core.logs.ObsPath;
import io.jenkins.plugins.modelarts.core.logs.RecentLog;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "logs", description = {"Print a training job's log, or archive its log files from OBS.",
            "v1: the newest lines of each worker's log file; v2: the log preview of a task (the whole log, or its",
            "newest part when large). With --archive, the job's log objects are downloaded from OBS instead."})
final class LogsCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    JobArgument target = new JobArgument();

    @Option(names = "--file", paramLabel = "NAME", description = "v1: only this log file (default: every worker's file).")
    String file;

    @Option(names = "--lines", paramLabel = "N", description = "v1: how many of the newest lines per file, 1-500 (default ${DEFAULT-VALUE}).")
    int lines = 100;

    @Option(names = "--task", paramLabel = "TASK", description = "v2: task whose log to show (default ${DEFAULT-VALUE}).")
    String task = RecentLog.DEFAULT_TASK;

    @Option(names = "--archive", paramLabel = "DIR",
            description = {"Instead of printing, download the job's log objects from OBS into DIR: those under its log location (v1 log_url,"
                + " v2 log_export_path) whose names show they are this job's (v2: the name contains the job id; v1:"
                + " modelarts-job-JOBID-VERSIONNAME-..., or a name the log file-names API lists). Other jobs' objects are counted, not archived."})
    Path archive;

    @Option(names = "--all-objects", description = "With --archive: every object under the log location, whichever job wrote it.")
    boolean allObjects;

    @Option(names = "--max-size", paramLabel = "MIB", description = "With --archive: at most this many MiB in all (default ${DEFAULT-VALUE}).")
    long maxSizeMib = 1024;

    @Option(names = "--parallel", paramLabel = "N",
            description = "With --archive: download at most N objects at a time, 1-16 (default ${DEFAULT-VALUE}).")
    int parallel = LogArchiver.DEFAULT_CONCURRENCY;

    @Override
    public Integer call() {
        RecentLog.checkLines(lines, false).ifPresent(problem -> {
            throw new UsageException("--lines " + problem);
        });
        JobRef ref = target.ref();
        try (ModelArtsClient client = root.connect()) {
            if (archive != null) {
                return archive(client, new TrainingJobs(client).read(ref));
            }
            JobRef resolved = new TrainingJobs(client).resolve(ref);
            return resolved.api() == JobRef.Api.V1 ? v1(client, resolved) : v2(client, resolved);
        }
    }

    private int archive(ModelArtsClient client, JobSnapshot job) {
        if (maxSizeMib < 1) {
            throw new UsageException("--max-size must be at least 1 (MiB)");
        }
        if (parallel < 1 || parallel > LogArchiver.MAX_CONCURRENCY) {
            throw new UsageException("--parallel must be 1-" + LogArchiver.MAX_CONCURRENCY + ", got " + parallel);
        }
        ObsPath location = LogLocation.of(job.detail()).orElseThrow(() -> new UsageException(
                job.ref() + " has no log location in OBS (v1 log_url, v2 spec.log_export_path): nothing to archive"));
        PrintWriter err = root.context().err();
        JobLogFilter filter = allObjects ? JobLogFilter.EVERY_OBJECT : JobLogFilter.of(job.detail(), v1FileNames(client, job.ref()));
        err.println("Archiving " + location + " into " + archive + " (" + ConsoleText.safe(filter.description()) + ")");
        try (ObsObjectSource obs = new ConnectionSettings(root.options(), root.context()).obs()) {
            ArchiveResult result = new LogArchiver(obs, maxSizeMib * 1024 * 1024, line -> err.println("  " + ConsoleText.safe(line)),
                    filter, parallel).archive(location, archive);
            for (String skipped : result.skipped()) {
                err.println("  skipped " + ConsoleText.safe(skipped));
            }
            root.output().object(result.files().stream().map(Path::toString).toList());
            root.output().line(result.files().size() + " files, " + result.bytes() + " bytes in " + archive
                    + (result.skipped().isEmpty() ? "" : "; " + result.skipped().size() + " skipped"));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive into " + archive + ": " + e.getMessage(), e);
        }
    }

    private static List<String> v1FileNames(ModelArtsClient client, JobRef ref) {
        return ref.api() == JobRef.Api.V1 ? client.jobsV1().logFileNames(ref.v1JobId(), ref.versionId()).logFileList() : List.of();
    }

    private int v1(ModelArtsClient client, JobRef ref) {
        List<String> files = RecentLog.v1Files(client, ref, file);
        Output out = root.output();
        if (files.isEmpty()) {
            root.context().err().println(ref + " has no log files yet");
        }
        List<Map<String, Object>> logs = new ArrayList<>();
        for (String name : files) {
            LogLines log = RecentLog.v1(client, ref, name, lines);
            logs.add(new TreeMap<>(Map.of("file", name, "log", log)));
            if (files.size() > 1) {
                out.line("==> " + name + " <==");
            }
            out.logLines(withoutFinalNewline(log.content()));
        }
        out.object(new TreeMap<>(Map.of("job", ref.toString(), "files", logs)));
        return ExitCodes.OK;
    }

    private int v2(ModelArtsClient client, JobRef ref) {
        LogPreview preview = RecentLog.v2(client, ref, task);
        Output out = root.output();
        out.object(preview);
        if (!out.json()) {
            out.logLines(withoutFinalNewline(preview.content()));
            if (preview.fullSize() != null && preview.currentSize() != null && preview.fullSize() > preview.currentSize()) {
                root.context().err().println("(showing the newest " + preview.currentSize() + " of " + preview.fullSize() + " bytes)");
            }
        }
        return ExitCodes.OK;
    }

    private static String withoutFinalNewline(String content) {
        return content != null && content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    }
}
