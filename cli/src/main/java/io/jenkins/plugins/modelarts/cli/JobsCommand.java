package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobList;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSearchResult;
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
            "By default the v2 search (filters, sorting, grouping, paging); the v1 job list with --api v1.",
            "Text output: a table and a summary line (how many matched, of how many, page and order); -o json: the search",
            "answer (total, count, limit, offset, sort_by, order, group_by, workspace_id, ai_project) with every job read in items."})
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

    @Option(names = "--filter", paramLabel = "KEY:OP:VALUE[,VALUE...]", converter = FilterOption.class,
            description = {"v2, repeatable: a search filter. OP: like (contains), in (one of), not (none of), between (create_time:",
                "two bounds, epoch ms or ISO-8601, a blank one open). KEY: name, create_time, phase, algorithm_name, kind, user_id,",
                "runtime_type. E.g. --filter phase:in:Running,Pending --filter create_time:between:2026-01-01T00:00:00Z,"})
    List<SearchTrainingJobsRequest.Filter> filters = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "KEY",
            description = "Sort by this key: v2 a filter key (the service's default: create_time); v1 job_name, job_desc, status, duration, version_count or create_time.")
    String sortBy;

    @Option(names = "--order", paramLabel = "asc|desc", description = "v2: the order (the service's default: desc); v1: asc or desc.")
    String order;

    @Option(names = "--group-by", paramLabel = "KEY", description = "v2: group the jobs by this key (e.g. phase).")
    String groupBy;

    @Option(names = "--offset", paramLabel = "PAGE", description = "v2: start at this page (a page index, 0 = the first page; default ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--page-size", paramLabel = "N", description = "v2: jobs per page, 1-50 (default ${DEFAULT-VALUE}).")
    int pageSize = SearchTrainingJobsRequest.MAX_LIMIT;

    @Option(names = "--status", paramLabel = "CODE", description = "v1: only jobs with this status code (e.g. 8 running, 10 completed).")
    Integer status;

    @Option(names = "--limit", paramLabel = "N", description = "At most N jobs (default ${DEFAULT-VALUE}; 0 = every page from --offset on).")
    int limit = 50;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new UsageException("--limit must be 0 (all) or more");
        }
        if (api == Api.v1 && (!phases.isEmpty() || !kinds.isEmpty() || !filters.isEmpty() || groupBy != null || offset != 0 || pageSize != SearchTrainingJobsRequest.MAX_LIMIT)) {
            throw new UsageException("--phase, --kind, --filter, --group-by, --offset and --page-size are v2 search"
                    + " options; with --api v1 use --status, --name, --sort, --order and --limit");
        }
        if (api == Api.v2 && status != null) {
            throw new UsageException("--status is a v1 filter (an integer code); with v2 use --phase");
        }
        try (ModelArtsClient client = root.connect()) {
            return api == Api.v1 ? listV1(client) : searchV2(client);
        }
    }

    SearchTrainingJobsRequest request() {
        SearchTrainingJobsRequest.Builder request = SearchTrainingJobsRequest.builder()
                .limit(pageSize).offset(offset).sortBy(sortBy).order(order).groupBy(groupBy);
        if (name != null) {
            request.filter(SearchTrainingJobsRequest.Filter.like("name", name));
        }
        if (!phases.isEmpty()) {
            request.filter(SearchTrainingJobsRequest.Filter.in("phase", phases));
        }
        if (!kinds.isEmpty()) {
            request.filter(SearchTrainingJobsRequest.Filter.in("kind", kinds));
        }
        filters.forEach(request::filter);
        return request.build();
    }

    private int searchV2(ModelArtsClient client) {
        TrainingJobSearchResult result = client.jobsV2().searchFrom(request(), limit == 0 ? Integer.MAX_VALUE : limit);
        Output out = root.output();
        out.object(result);
        TextTable table = new TextTable("ID", "NAME", "PHASE", "DURATION", "CREATED");
        for (TrainingJob job : result.items()) {
            table.row(job.metadata().id(), job.metadata().name(),
                    job.status() == null ? null : job.status().phase(),
                    Durations.humanMillis(job.status() == null ? null : job.status().duration()),
                    Times.utc(job.metadata().createTime()));
        }
        out.table(table);
        out.line(summary(result));
        if (result.total() != null && result.total() == 0) {
            // the v2 search does not show jobs created with the v1 API: say where they are
            root.context().err().println("No v2 training jobs in this project; jobs created with the v1 API (a v1 spec) are"
                    + " listed with --api v1.");
            root.context().err().flush();
        }
        return ExitCodes.OK;
    }

    /** {@code 3 of 12 matching jobs (57 in all), from page 0 by 50, sorted by create_time desc, grouped by phase}. */
    static String summary(TrainingJobSearchResult r) {
        String count = r.count() == null ? "?" : r.count().toString();
        StringBuilder s = new StringBuilder().append(r.items().size()).append(" of ").append(count).append(" matching jobs");
        if (r.total() != null) {
            s.append(" (").append(r.total()).append(" in all)");
        }
        s.append(", from page ").append(r.offset() == null ? "?" : r.offset())
                .append(" by ").append(r.limit() == null ? "?" : r.limit());
        if (r.sortBy() != null && !r.sortBy().isEmpty()) {
            s.append(", sorted by ").append(r.sortBy()).append(r.order() == null ? "" : " " + r.order());
        }
        if (r.groupBy() != null && !r.groupBy().isEmpty()) {
            s.append(", grouped by ").append(r.groupBy());
        }
        return s.toString();
    }

    private int listV1(ModelArtsClient client) {
        int perPage = limit == 0 || limit > 1000 ? 1000 : limit;
        ListTrainingJobsQuery query = ListTrainingJobsQuery.builder()
                .status(status)
                .searchContent(name)
                .sortBy(sortBy)
                .order(order)
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
