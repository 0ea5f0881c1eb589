package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersionList;
import io.jenkins.plugins.modelarts.client.model.V1Status;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "versions", description = {"List every version of a v1 training job.",
            "All pages, with status, duration and metrics. Text output: the job's name, description and version count, then",
            "a table; -o json: the versions list as the API answers it (job_id, job_name, job_desc, version_count) with every",
            "version of every page in versions."})
final class VersionsCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Parameters(index = "0", paramLabel = "JOB", description = "v1 job id.")
    String job;

    @Override
    public Integer call() {
        JobRef ref = JobRef.parse(job, null);
        if (ref.api() != JobRef.Api.V1) {
            throw new UsageException("versions are a v1 concept; " + ref + " is a v2 job: use `modelarts job " + job + "`");
        }
        try (ModelArtsClient client = root.connect()) {
            TrainingJobVersionList list = client.jobsV1().versionList(ref.v1JobId());
            List<TrainingJobVersion> versions = list.versions();
            Output out = root.output();
            out.object(list);
            out.line("Job " + (list.jobName() == null ? job : list.jobName() + " (" + job + ")")
                    + (list.jobDesc() == null || list.jobDesc().isEmpty() ? "" : ": " + list.jobDesc())
                    + ", " + (list.versionCount() == null ? versions.size() : list.versionCount()) + " version(s)");
            TextTable table = new TextTable("VERSION_ID", "NAME", "STATUS", "DURATION", "CREATED", "ACCURACY");
            for (TrainingJobVersion v : versions) {
                table.row(v.versionId(), v.versionName(), new V1Status(v.status()), Durations.humanMillis(v.duration()),
                        Times.utc(v.createTime()), JobReport.num(io.jenkins.plugins.modelarts.core.metrics.ModelMetrics
                                .from(v.modelMetricList()).totals().get("accuracy")));
            }
            out.table(table);
            if (table.isEmpty()) {
                out.line("job " + job + " has no versions");
            }
            return ExitCodes.OK;
        }
    }
}
