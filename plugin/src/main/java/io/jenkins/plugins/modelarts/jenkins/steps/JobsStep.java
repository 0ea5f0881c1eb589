package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.StepResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code modelartsJobs(filters: [phase: ['Running']], limit: 50)}: searches v2 training jobs (seed
 * 001). Each filter is a key with a list of values (any of them matches), or a text (the key contains
 * it). Returns the jobs as maps ({@code jobId}, {@code jobName}, {@code status}, {@code state}, ...),
 * newest first; {@code max} pages through the results up to that many jobs.
 */
public class JobsStep extends ModelArtsStep {
    public static final String FUNCTION = "modelartsJobs";

    private LinkedHashMap<String, Object> filters = new LinkedHashMap<>();
    private int limit = 50;
    private int offset;
    private int max;
    private String sortBy;
    private String order;

    @DataBoundConstructor
    public JobsStep() {}

    public Map<String, Object> getFilters() {
        return new LinkedHashMap<>(filters);
    }

    /** {@code [phase: ['Running', 'Pending'], name: 'resnet']}. */
    @DataBoundSetter
    public void setFilters(Map<String, Object> filters) {
        this.filters = filters == null ? new LinkedHashMap<>() : new LinkedHashMap<>(filters);
    }

    public int getLimit() {
        return limit;
    }

    @DataBoundSetter
    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getOffset() {
        return offset;
    }

    @DataBoundSetter
    public void setOffset(int offset) {
        this.offset = offset;
    }

    public int getMax() {
        return max;
    }

    /** When above 0, pages through the results until this many jobs or the last page. */
    @DataBoundSetter
    public void setMax(int max) {
        this.max = max;
    }

    public String getSortBy() {
        return sortBy;
    }

    @DataBoundSetter
    public void setSortBy(String sortBy) {
        this.sortBy = hudson.Util.fixEmptyAndTrim(sortBy);
    }

    public String getOrder() {
        return order;
    }

    @DataBoundSetter
    public void setOrder(String order) {
        this.order = hudson.Util.fixEmptyAndTrim(order);
    }

    @Override
    protected String functionName() {
        return FUNCTION;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        Connection connection = connection(context);
        try {
            request(); // every problem now, before anything is sent
        } catch (RequestValidationException e) {
            check(e.problems());
        }
        return new Execution(context, connection, filters, limit, offset, max, sortBy, order);
    }

    SearchTrainingJobsRequest request() {
        return request(filters, limit, offset, sortBy, order);
    }

    static SearchTrainingJobsRequest request(Map<String, Object> filters, int limit, int offset, String sortBy, String order) {
        SearchTrainingJobsRequest.Builder builder = SearchTrainingJobsRequest.builder().limit(limit).offset(offset);
        if (sortBy != null) {
            builder.sortBy(sortBy);
        }
        if (order != null) {
            builder.order(order);
        }
        filters.forEach((key, value) -> builder.filter(value instanceof CharSequence text
                ? SearchTrainingJobsRequest.Filter.like(key, text.toString())
                : SearchTrainingJobsRequest.Filter.in(key, StepValues.lines(value))));
        return builder.build();
    }

    static final class Execution extends CallExecution {
        private static final long serialVersionUID = 1L;
        private final LinkedHashMap<String, Object> filters;
        private final int limit;
        private final int offset;
        private final int max;
        private final String sortBy;
        private final String order;

        Execution(StepContext context, Connection connection, LinkedHashMap<String, Object> filters, int limit,
                int offset, int max, String sortBy, String order) {
            super(context, connection);
            this.filters = filters;
            this.limit = limit;
            this.offset = offset;
            this.max = max;
            this.sortBy = sortBy;
            this.order = order;
        }

        @Override
        protected Object call(ModelArtsClient client) {
            SearchTrainingJobsRequest request = request(filters, limit, offset, sortBy, order);
            List<TrainingJob> found = max > 0
                    ? client.jobsV2().searchAll(request, max)
                    : client.jobsV2().search(request).items();
            List<Map<String, Object>> jobs = new ArrayList<>();
            for (TrainingJob job : found) {
                Map<String, Object> row = StepResults.of(TrainingJobs.snapshotOf(JobRef.v2(job.metadata().id()), job));
                row.put("jobName", job.metadata().name());
                row.put("description", job.metadata().description());
                row.put("createTime", job.metadata().createTime());
                jobs.add(row);
            }
            log().println("Found " + jobs.size() + " ModelArts training job(s)");
            return jobs;
        }

        @Override
        protected String describe() {
            return "searching ModelArts training jobs " + filters;
        }
    }

    @Extension
    public static class DescriptorImpl extends ModelArtsStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Search ModelArts training jobs";
        }
    }
}
