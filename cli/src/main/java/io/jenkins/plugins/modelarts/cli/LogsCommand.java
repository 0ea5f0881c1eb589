package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.LogLines;
import io.jenkins.plugins.modelarts.client.model.LogPreview;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Print a training job's log: for v1, the newest lines of each worker's log file;",
            "for v2, the log preview of a task (the whole log, or its newest part when large)."})
final class LogsCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    JobArgument target = new JobArgument();

    @Option(names = "--file", paramLabel = "NAME", description = "v1: only this log file (default: every worker's file).")
    String file;

    @Option(names = "--lines", paramLabel = "N", description = "v1: how many of the newest lines per file, 1-500 (default ${DEFAULT-VALUE}).")
    int lines = 100;

    @Option(names = "--task", paramLabel = "TASK", description = "v2: task whose log to show (default ${DEFAULT-VALUE}).")
    String task = "worker-0";

    @Override
    public Integer call() {
        if (lines < 1 || lines > 500) {
            throw new UsageException("--lines must be between 1 and 500, got " + lines);
        }
        JobRef ref = target.ref();
        try (ModelArtsClient client = root.connect()) {
            JobRef resolved = new TrainingJobs(client).resolve(ref);
            return resolved.api() == JobRef.Api.V1 ? v1(client, resolved) : v2(client, resolved);
        }
    }

    private int v1(ModelArtsClient client, JobRef ref) {
        List<String> files = file != null
                ? List.of(file)
                : client.jobsV1().logFileNames(ref.v1JobId(), ref.versionId()).logFileList();
        Output out = root.output();
        if (files.isEmpty()) {
            root.context().err().println(ref + " has no log files yet");
        }
        for (String name : files) {
            LogLines log = client.jobsV1().logLines(ref.v1JobId(), ref.versionId(), name, lines, null, "desc");
            out.object(log);
            if (files.size() > 1) {
                out.line("==> " + name + " <==");
            }
            String content = log.content() == null ? "" : log.content();
            root.context().out().print(out.json() ? "" : content.endsWith("\n") || content.isEmpty() ? content : content + "\n");
        }
        return ExitCodes.OK;
    }

    private int v2(ModelArtsClient client, JobRef ref) {
        LogPreview preview = client.jobsV2().logPreview(ref.jobId(), task);
        Output out = root.output();
        out.object(preview);
        if (!out.json()) {
            String content = preview.content() == null ? "" : preview.content();
            root.context().out().print(content.endsWith("\n") || content.isEmpty() ? content : content + "\n");
            if (preview.fullSize() != null && preview.currentSize() != null && preview.fullSize() > preview.currentSize()) {
                root.context().err().println("(showing the newest " + preview.currentSize() + " of " + preview.fullSize() + " bytes)");
            }
        }
        return ExitCodes.OK;
    }
}
