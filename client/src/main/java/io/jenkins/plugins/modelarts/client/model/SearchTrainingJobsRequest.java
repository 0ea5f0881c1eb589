package io.jenkins.plugins.modelarts.client.model;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The body of the v2 search, {@code POST /v2/{project_id}/training-job-searches}.
 *
 * <p>{@code offset} is a page index (0 = first page), {@code limit} the page size, 1-50;
 * {@code sort_by} defaults to {@code create_time} and {@code order} to {@code desc}. Each
 * {@link Filter} narrows the result:
 * <pre>{@code
 * SearchTrainingJobsRequest.builder()
 *     .filter(Filter.like("name", "resnet"))
 *     .filter(Filter.in("phase", "Running", "Pending"))
 *     .filter(Filter.between("create_time", from, to))
 *     .build();
 * }</pre>
 * Filter keys seen in the vendor's sample: {@code name}, {@code create_time}, {@code phase},
 * {@code algorithm_name}, {@code kind}, {@code user_id}, {@code runtime_type}.
 */
public record SearchTrainingJobsRequest(
        Integer offset, Integer limit, String sortBy, String order, String groupBy, List<Filter> filters) {
    public static final String WHAT = "Training job search";
    public static final int MAX_LIMIT = 50;

    public SearchTrainingJobsRequest {
        filters = filters == null ? null : List.copyOf(filters);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (offset != null && offset < 0) {
            problems.add("offset is " + offset + ": expected a page index, 0 or more");
        }
        ListTrainingJobsQuery.range(problems, "limit", limit, 1, MAX_LIMIT);
        ListTrainingJobsQuery.orderProblem(problems, "order", order);
        if (sortBy != null && sortBy.isBlank()) {
            problems.add("sort_by is blank: leave it out to sort by create_time");
        }
        if (filters != null) {
            for (int i = 0; i < filters.size(); i++) {
                filterProblems(problems, "filters[" + i + "]", filters.get(i));
            }
        }
        return problems;
    }

    private static void filterProblems(List<String> problems, String at, Filter f) {
        if (f.key() == null || f.key().isBlank()) {
            problems.add(at + ".key is required: the field to filter on, such as name or phase");
        }
        if (f.operator() == null) {
            problems.add(at + ".operator is required: one of " + String.join(", ", Filter.OPERATORS));
        } else if (!Filter.OPERATORS.contains(f.operator())) {
            problems.add(at + ".operator '" + f.operator() + "' is not valid: expected one of "
                    + String.join(", ", Filter.OPERATORS));
        }
        if (f.value() == null) {
            problems.add(at + ".value is required: a list of strings");
        } else if (Filter.BETWEEN.equals(f.operator()) && f.value().size() != 2) {
            problems.add(at + ".value has " + f.value().size() + " entries: between takes exactly two (from, to)");
        }
    }

    /** A copy asking for page {@code offset}. */
    public SearchTrainingJobsRequest withOffset(int offset) {
        return new SearchTrainingJobsRequest(offset, limit, sortBy, order, groupBy, filters);
    }

    /** A copy with page size {@code limit}. */
    public SearchTrainingJobsRequest withLimit(int limit) {
        return new SearchTrainingJobsRequest(offset, limit, sortBy, order, groupBy, filters);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        Builder b = new Builder().offset(offset).limit(limit).sortBy(sortBy).order(order).groupBy(groupBy);
        if (filters != null) {
            filters.forEach(b::filter);
        }
        return b;
    }

    /**
     * One search condition: {@code key}, an {@code operator} ({@code between}, {@code like},
     * {@code in}, {@code not}) and its string values.
     */
    public record Filter(String key, String operator, List<String> value) {
        public static final String BETWEEN = "between";
        public static final String LIKE = "like";
        public static final String IN = "in";
        public static final String NOT = "not";
        public static final List<String> OPERATORS = List.of(BETWEEN, LIKE, IN, NOT);

        public Filter {
            value = value == null ? null : List.copyOf(value);
        }

        /** {@code key} contains {@code text}. */
        public static Filter like(String key, String text) {
            return new Filter(key, LIKE, List.of(text));
        }

        /** {@code key} is one of {@code values}. */
        public static Filter in(String key, String... values) {
            return new Filter(key, IN, Arrays.asList(values));
        }

        /** {@code key} is one of {@code values}. */
        public static Filter in(String key, Collection<String> values) {
            return new Filter(key, IN, List.copyOf(values));
        }

        /** {@code key} is none of {@code values}. */
        public static Filter not(String key, String... values) {
            return new Filter(key, NOT, Arrays.asList(values));
        }

        /** {@code key} lies between {@code from} and {@code to}. */
        public static Filter between(String key, String from, String to) {
            return new Filter(key, BETWEEN, List.of(from, to));
        }

        /** A time range as epoch milliseconds, the form {@code create_time} takes. */
        public static Filter between(String key, Instant from, Instant to) {
            return between(key, String.valueOf(from.toEpochMilli()), String.valueOf(to.toEpochMilli()));
        }
    }

    /** Assembles a search; {@link #build()} reports every problem at once. */
    public static final class Builder {
        private Integer offset;
        private Integer limit;
        private String sortBy;
        private String order;
        private String groupBy;
        private final List<Filter> filters = new ArrayList<>();

        private Builder() {}

        /** The page index, 0 for the first page. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** The page size, 1-50. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder sortBy(String sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        /** {@code asc} or {@code desc} (the default). */
        public Builder order(String order) {
            this.order = order;
            return this;
        }

        public Builder groupBy(String groupBy) {
            this.groupBy = groupBy;
            return this;
        }

        public Builder filter(Filter filter) {
            filters.add(Objects.requireNonNull(filter, "filter == null"));
            return this;
        }

        /** @throws RequestValidationException listing every problem */
        public SearchTrainingJobsRequest build() {
            SearchTrainingJobsRequest request =
                    new SearchTrainingJobsRequest(offset, limit, sortBy, order, groupBy, filters.isEmpty() ? null : filters);
            List<String> problems = request.problems();
            if (!problems.isEmpty()) {
                throw new RequestValidationException(WHAT, problems);
            }
            return request;
        }
    }
}
