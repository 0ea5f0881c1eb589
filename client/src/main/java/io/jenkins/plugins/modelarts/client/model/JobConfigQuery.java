package io.jenkins.plugins.modelarts.client.model;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query of {@code GET /v1/{project_id}/training-job-configs}, every field optional:
 * {@code per_page} 1-1000 (default 10), {@code page} 1 or more (default 1), {@code sortBy}
 * (camelCase on the wire) {@code config_name} (default), {@code config_desc} or {@code create_time}
 * (not for sample configurations), {@code order} {@code asc} or {@code desc} (default),
 * {@code search_content}, and {@code config_type} {@code custom} (default) or {@code sample}.
 */
public record JobConfigQuery(
        Integer perPage, Integer page, String sortBy, String order, String searchContent, String configType) {
    public static final String WHAT = "Training job configuration query";
    public static final Set<String> SORT_KEYS = Set.of("config_name", "config_desc", "create_time");
    public static final Set<String> CONFIG_TYPES = Set.of("custom", "sample");

    public static JobConfigQuery defaults() {
        return builder().build();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        ListTrainingJobsQuery.range(problems, "per_page", perPage, 1, ListTrainingJobsQuery.MAX_PER_PAGE);
        ListTrainingJobsQuery.range(problems, "page", page, 1, Integer.MAX_VALUE);
        if (sortBy != null && !SORT_KEYS.contains(sortBy)) {
            problems.add("sortBy '" + sortBy + "' is not valid: expected one of "
                    + String.join(", ", ListTrainingJobsQuery.sorted(SORT_KEYS)));
        }
        ListTrainingJobsQuery.orderProblem(problems, "order", order);
        if (configType != null && !CONFIG_TYPES.contains(configType)) {
            problems.add("config_type '" + configType + "' is not valid: expected custom or sample");
        }
        if ("sample".equals(configType) && "create_time".equals(sortBy)) {
            problems.add("sortBy create_time is not available for sample configurations: use config_name or config_desc");
        }
        return problems;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Assembles a query; {@link #build()} reports every problem at once. */
    public static final class Builder {
        private Integer perPage;
        private Integer page;
        private String sortBy;
        private String order;
        private String searchContent;
        private String configType;

        private Builder() {}

        public Builder perPage(Integer perPage) {
            this.perPage = perPage;
            return this;
        }

        public Builder page(Integer page) {
            this.page = page;
            return this;
        }

        public Builder sortBy(String sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        public Builder order(String order) {
            this.order = order;
            return this;
        }

        public Builder searchContent(String searchContent) {
            this.searchContent = searchContent;
            return this;
        }

        public Builder configType(String configType) {
            this.configType = configType;
            return this;
        }

        /** @throws RequestValidationException listing every problem */
        public JobConfigQuery build() {
            JobConfigQuery query = new JobConfigQuery(perPage, page, sortBy, order, searchContent, configType);
            List<String> problems = query.problems();
            if (!problems.isEmpty()) {
                throw new RequestValidationException(WHAT, problems);
            }
            return query;
        }
    }
}
