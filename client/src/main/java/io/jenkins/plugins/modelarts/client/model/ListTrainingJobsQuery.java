package io.jenkins.plugins.modelarts.client.model;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query of the v1 job list, {@code GET /v1/{project_id}/training-jobs}. Every field is optional:
 * {@code status} (a v1 status code), {@code per_page} 1-1000 (server default 10), {@code page}
 * 1-65535 (default 1), {@code sortBy} (camelCase on the wire) one of {@link #SORT_KEYS} (default
 * {@code job_name}), {@code order} {@code asc} (default) or {@code desc}, {@code search_content}
 * (a fuzzy match on the name) and {@code workspace_id}.
 */
public record ListTrainingJobsQuery(
        Integer status,
        Integer perPage,
        Integer page,
        String sortBy,
        String order,
        String searchContent,
        String workspaceId) {
    public static final String WHAT = "Training job list query";
    public static final Set<String> SORT_KEYS =
            Set.of("job_name", "job_desc", "status", "duration", "version_count", "create_time");
    public static final int MAX_PER_PAGE = 1000;
    public static final int MAX_PAGE = 65535;

    /** The server's defaults: first page of 10, by name. */
    public static ListTrainingJobsQuery defaults() {
        return builder().build();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (status != null && status < 0) {
            problems.add("status is " + status + ": expected a v1 status code, 0 or more");
        }
        range(problems, "per_page", perPage, 1, MAX_PER_PAGE);
        range(problems, "page", page, 1, MAX_PAGE);
        if (sortBy != null && !SORT_KEYS.contains(sortBy)) {
            problems.add("sortBy '" + sortBy + "' is not valid: expected one of " + String.join(", ", sorted(SORT_KEYS)));
        }
        orderProblem(problems, "order", order);
        return problems;
    }

    /** A copy asking for another page. */
    public ListTrainingJobsQuery withPage(int page) {
        return new ListTrainingJobsQuery(status, perPage, page, sortBy, order, searchContent, workspaceId);
    }

    /** A copy with page size {@code perPage} (1-1000). */
    public ListTrainingJobsQuery withPerPage(int perPage) {
        return new ListTrainingJobsQuery(status, perPage, page, sortBy, order, searchContent, workspaceId);
    }

    static void range(List<String> problems, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(field + " is " + value + ": expected " + min + "-" + max);
        }
    }

    static void orderProblem(List<String> problems, String field, String order) {
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            problems.add(field + " '" + order + "' is not valid: expected asc or desc");
        }
    }

    static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder().status(status).perPage(perPage).page(page).sortBy(sortBy).order(order)
                .searchContent(searchContent).workspaceId(workspaceId);
    }

    /** Assembles a query; {@link #build()} reports every problem at once. */
    public static final class Builder {
        private Integer status;
        private Integer perPage;
        private Integer page;
        private String sortBy;
        private String order;
        private String searchContent;
        private String workspaceId;

        private Builder() {}

        public Builder status(Integer status) {
            this.status = status;
            return this;
        }

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

        public Builder workspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
            return this;
        }

        /** @throws RequestValidationException listing every problem */
        public ListTrainingJobsQuery build() {
            ListTrainingJobsQuery query = new ListTrainingJobsQuery(status, perPage, page, sortBy, order, searchContent, workspaceId);
            List<String> problems = query.problems();
            if (!problems.isEmpty()) {
                throw new RequestValidationException(WHAT, problems);
            }
            return query;
        }
    }
}
