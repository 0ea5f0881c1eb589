package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobList;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSummary;
import io.jenkins.plugins.modelarts.client.model.V1Status;
import io.jenkins.plugins.modelarts.core.job.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "jobs", description = {"Search training jobs.",
            "By default the v2 search (filters, 50 per page); the v1 job list with --api v1."})
final class JobsCommand implements Callable<Integer> {
    enum Api {
        v1,
        v2
    }

    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Option(names = "--api", paramLabel = "v1|v2", description = "Which job list to read (default ${DEFAULT-VALUE}).")
    Api api = Api.v2;

    @Option(names = "--name", paramLabel = "TEXT", description = "Jobs whose name contains TEXT.")
    String name;

    @Option(names = "--phase", paramLabel = "PHASE", split = ",",
            description = "v2: only jobs in these phases (Creating, Pending, Running, Completed, Failed, Terminated, Abnormal...).")
    List<String> phases = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "v2: only jobs of these kinds (job, ...).")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--status", paramLabel = "CODE", description = "v1: only jobs with this status code (e.g. 8 running, 10 completed).")
    Integer status;

    @Option(names = "--limit", paramLabel = "N", description = "At most N jobs (default ${DEFAULT-VALUE}; 0 = all pages).")
    int limit = 50;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new UsageException("--limit must be 0 (all) or more");
        }
        if (api == Api.v1 && (!phases.isEmpty() || !kinds.isEmpty())) {
            throw new UsageException("--phase and --kind are v2 filters; with --api v1 use --status");
        }
        if (api == Api.v2 && status != null) {
            throw new UsageException("--status is a v1 filter (an integer code); with v2 use --phase");
        }
        try (ModelArtsClient client = root.connect()) {
            return api == Api.v1 ? listV1(client) : searchV2(client);
        }
    }

    private int searchV2(ModelArtsClient client) {
        SearchTrainingJobsRequest.Builder request = SearchTrainingJobsRequest.builder();
        if (name != null) {
            request.filter(SearchTrainingJobsRequest.Filter.like("name", name));
        }
        if (!phases.isEmpty()) {
            request.filter(SearchTrainingJobsRequest.Filter.in("phase", phases));
        }
        if (!kinds.isEmpty()) {
            request.filter(SearchTrainingJobsRequest.Filter.in("kind", kinds));
        }
        List<TrainingJob> jobs = client.jobsV2().searchAll(request.build(), limit == 0 ? Integer.MAX_VALUE : limit);
        Output out = root.output();
        out.object(jobs);
        TextTable table = new TextTable("ID", "NAME", "PHASE", "DURATION", "CREATED");
        for (TrainingJob job : jobs) {
            table.row(job.metadata().id(), job.metadata().name(),
                    job.status() == null ? null : job.status().phase(),
                    Durations.humanMillis(job.status() == null ? null : job.status().duration()),
                    Times.utc(job.metadata().createTime()));
        }
        out.table(table);
        return ExitCodes.OK;
    }

    private int listV1(ModelArtsClient client) {
        int perPage = limit == 0 || limit > 1000 ? 1000 : limit;
        ListTrainingJobsQuery query = ListTrainingJobsQuery.builder()
                .status(status)
                .searchContent(name)
                .perPage(perPage)
                .page(1)
                .build();
        TrainingJobList list = client.jobsV1().list(query);
        Output out = root.output();
        out.object(list);
        TextTable table = new TextTable("JOB_ID", "NAME", "VERSION_ID", "STATUS", "VERSIONS", "DURATION", "CREATED");
        for (TrainingJobSummary job : list.jobs()) {
            table.row(job.jobId(), job.jobName(), job.versionId(), new V1Status(job.status()), job.versionCount(),
                    Durations.humanMillis(job.duration()), Times.utc(job.createTime()));
        }
        out.table(table);
        return ExitCodes.OK;
    }
}
