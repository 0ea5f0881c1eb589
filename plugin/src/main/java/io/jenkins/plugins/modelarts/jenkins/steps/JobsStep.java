package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSearchResult;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
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
 * 001). Each filter is a key with a list of values ({@code in}: any of them matches), a text
 * ({@code like}: the key contains it), or a map of one operator to its values
 * ({@code [not: ['Failed']]}, {@code [between: ['1700000000000', '']]}). Returns the search answer as
 * a map: {@code total}, {@code count}, {@code limit}, {@code offset}, {@code sortBy}, {@code order},
 * {@code groupBy}, {@code workspaceId}, {@code aiProject} and {@code jobs} (maps with {@code jobId},
 * {@code jobName}, {@code status}, {@code state}, ...); {@code max} pages through the results from
 * {@code offset} up to that many jobs.
 */
public class JobsStep extends ModelArtsStep {
    public static final String FUNCTION = "modelartsJobs";

    private LinkedHashMap<String, Object> filters = new LinkedHashMap<>();
    private int limit = 50;
    private int offset;
    private int max;
    private String sortBy;
    private String order;
    private String groupBy;

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

    public String getGroupBy() {
        return groupBy;
    }

    /** {@code group_by}: jobs with the same value of this key come together. */
    @DataBoundSetter
    public void setGroupBy(String groupBy) {
        this.groupBy = hudson.Util.fixEmptyAndTrim(groupBy);
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
        return new Execution(context, connection, filters, limit, offset, max, sortBy, order, groupBy);
    }

    SearchTrainingJobsRequest request() {
        return request(filters, limit, offset, sortBy, order, groupBy);
    }

    static SearchTrainingJobsRequest request(Map<String, Object> filters, int limit, int offset, String sortBy, String order,
            String groupBy) {
        SearchTrainingJobsRequest.Builder builder = SearchTrainingJobsRequest.builder().limit(limit).offset(offset)
                .sortBy(sortBy).order(order).groupBy(groupBy);
        List<String> problems = new ArrayList<>();
        filters.forEach((key, value) -> {
            SearchTrainingJobsRequest.Filter filter = filter(key, value, problems);
            if (filter != null) {
                builder.filter(filter);
            }
        });
        if (!problems.isEmpty()) {
            throw new RequestValidationException(SearchTrainingJobsRequest.WHAT, problems);
        }
        return builder.build();
    }

    /** A text is {@code like}, a list {@code in}, a map of one operator its values: {@code [not: ['Failed']]}. */
    private static SearchTrainingJobsRequest.Filter filter(String key, Object value, List<String> problems) {
        if (value instanceof CharSequence text) {
            return SearchTrainingJobsRequest.Filter.like(key, text.toString());
        }
        if (value instanceof Map<?, ?> byOperator) {
            if (byOperator.size() != 1) {
                problems.add("filters." + key + ": a map takes exactly one operator ("
                        + String.join(", ", SearchTrainingJobsRequest.Filter.OPERATORS) + ") with its values, e.g. [not: ['Failed']]");
                return null;
            }
            Map.Entry<?, ?> e = byOperator.entrySet().iterator().next();
            return new SearchTrainingJobsRequest.Filter(key, String.valueOf(e.getKey()), values(e.getValue()));
        }
        return SearchTrainingJobsRequest.Filter.in(key, StepValues.lines(value));
    }

    /** A list keeps blank entries ({@code between}'s open bound); a text is one value. */
    private static List<String> values(Object value) {
        if (value instanceof java.util.Collection<?> list) {
            List<String> values = new ArrayList<>();
            list.forEach(v -> values.add(v == null ? "" : String.valueOf(v)));
            return values;
        }
        return List.of(value == null ? "" : String.valueOf(value));
    }

    static final class Execution extends CallExecution {
        private static final long serialVersionUID = 1L;
        private final LinkedHashMap<String, Object> filters;
        private final int limit;
        private final int offset;
        private final int max;
        private final String sortBy;
        private final String order;
        private final String groupBy;

        Execution(StepContext context, Connection connection, LinkedHashMap<String, Object> filters, int limit,
                int offset, int max, String sortBy, String order, String groupBy) {
            super(context, connection);
            this.filters = filters;
            this.limit = limit;
            this.offset = offset;
            this.max = max;
            this.sortBy = sortBy;
            this.order = order;
            this.groupBy = groupBy;
        }

        @Override
        protected Object call(ModelArtsClient client) {
            SearchTrainingJobsRequest request = request(filters, limit, offset, sortBy, order, groupBy);
            TrainingJobSearchResult result = client.jobsV2().searchFrom(request, max);
            List<Map<String, Object>> jobs = new ArrayList<>();
            for (TrainingJob job : result.items()) {
                Map<String, Object> row = StepResults.of(TrainingJobs.snapshotOf(JobRef.v2(job.metadata().id()), job));
                row.put("jobName", job.metadata().name());
                row.put("description", job.metadata().description());
                row.put("createTime", job.metadata().createTime());
                JobFailure.of(job).ifPresent(f -> row.put("failure", StepResults.failure(f)));
                jobs.add(row);
            }
            log().println("Found " + jobs.size() + " ModelArts training job(s)"
                    + (result.count() == null ? "" : " (" + result.count() + " matching"
                            + (result.total() == null ? "" : ", " + result.total() + " in all") + ")"));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("total", result.total());
            answer.put("count", result.count());
            answer.put("limit", result.limit());
            answer.put("offset", result.offset());
            answer.put("sortBy", result.sortBy());
            answer.put("order", result.order());
            answer.put("groupBy", result.groupBy());
            answer.put("workspaceId", result.workspaceId());
            answer.put("aiProject", result.aiProject());
            answer.put("jobs", jobs);
            return answer;
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
