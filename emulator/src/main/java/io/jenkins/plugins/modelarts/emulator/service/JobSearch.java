package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The rules of the v2 search body (seed 001): the filter keys of the vendor's sample request, the
 * four operators, {@code sort_by}, {@code order}, {@code group_by} and paging by page index. A body
 * that asks for anything else is refused with every problem at once (ModelArts.2788), never answered
 * with every job.
 *
 * <ul>
 *   <li>{@code like}: the field contains one of the values (ignoring case);
 *   <li>{@code in}: the field equals one of the values (ignoring case); {@code not}: none of them;
 *   <li>{@code between}: {@code create_time} only, two epoch milliseconds {@code [from, to]}, both
 *       inclusive; a blank bound is open.
 * </ul>
 * Blank values are placeholders, as in the vendor's sample ({@code "value": [""]}): a filter whose
 * values are all blank matches every job. {@code group_by} keeps jobs with the same value of its key
 * together (groups in ascending order), sorted by {@code sort_by} within a group.
 *
 * @param <T> an emulated job; {@code field} reads a key's value from it
 */
final class JobSearch<T> {
    static final String CREATE_TIME = "create_time";
    /** Every filter key the vendor's sample request uses. */
    static final List<String> KEYS = List.of("name", CREATE_TIME, "phase", "algorithm_name", "kind", "user_id", "runtime_type");
    static final List<String> OPERATORS = List.of("between", "like", "in", "not");

    private final int limit;
    private final int page;
    private final String sortBy;
    private final String order;
    private final String groupBy;
    private final JsonNode filters;
    private final BiFunction<T, String, String> field;

    private JobSearch(JsonNode body, BiFunction<T, String, String> field) {
        this.limit = body.path("limit").asInt(10);
        this.page = body.path("offset").asInt(0);
        this.sortBy = body.path("sort_by").asText(CREATE_TIME);
        this.order = body.path("order").asText("desc");
        this.groupBy = body.path("group_by").asText("");
        this.filters = body.path("filters");
        this.field = field;
    }

    /** The search {@code body} asks for; @throws EmulatorException (400, ModelArts.2788) listing every problem */
    static <T> JobSearch<T> of(JsonNode body, BiFunction<T, String, String> field) {
        JobSearch<T> search = new JobSearch<>(body, field);
        List<String> problems = search.problems(body);
        if (!problems.isEmpty()) {
            throw EmulatorException.invalidV2(String.join("; ", problems));
        }
        return search;
    }

    private List<String> problems(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (limit < 1 || limit > 50) {
            problems.add("limit must be 1-50, got " + body.path("limit"));
        }
        if (page < 0) {
            problems.add("offset (a page index) must be at least 0, got " + page);
        }
        if (!order.equals("asc") && !order.equals("desc")) {
            problems.add("order must be asc or desc, got " + order);
        }
        if (!KEYS.contains(sortBy)) {
            problems.add("sort_by '" + sortBy + "' is not supported: expected one of " + String.join(", ", KEYS));
        }
        if (!groupBy.isEmpty() && (!KEYS.contains(groupBy) || groupBy.equals(CREATE_TIME))) {
            problems.add("group_by '" + groupBy + "' is not supported: expected one of "
                    + String.join(", ", KEYS.stream().filter(k -> !k.equals(CREATE_TIME)).toList()));
        }
        if (!filters.isMissingNode() && !filters.isNull() && !filters.isArray()) {
            problems.add("filters must be an array of {key, operator, value}");
            return problems;
        }
        for (int i = 0; i < filters.size(); i++) {
            filterProblems(problems, "filters[" + i + "]", filters.get(i));
        }
        return problems;
    }

    private static void filterProblems(List<String> problems, String at, JsonNode f) {
        String key = f.path("key").asText("");
        String op = f.path("operator").asText("");
        if (!KEYS.contains(key)) {
            problems.add(at + ".key '" + key + "' is not supported: expected one of " + String.join(", ", KEYS));
        }
        if (!OPERATORS.contains(op)) {
            problems.add(at + ".operator '" + op + "' is not supported: expected one of " + String.join(", ", OPERATORS));
        } else if (op.equals("between") != key.equals(CREATE_TIME) && KEYS.contains(key)) {
            problems.add(at + ": " + (key.equals(CREATE_TIME)
                    ? "create_time takes between (two epoch milliseconds), in or not"
                    : "between applies to create_time only, not " + key));
        }
        if (!f.path("value").isArray()) {
            problems.add(at + ".value must be an array of strings");
        } else if (op.equals("between")) {
            if (f.path("value").size() != 2) {
                problems.add(at + ".value has " + f.path("value").size() + " entries: between takes two (from, to)");
            }
            for (JsonNode v : f.path("value")) {
                if (!v.asText().isBlank() && parse(v.asText()) == null) {
                    problems.add(at + ".value '" + v.asText() + "' is not epoch milliseconds");
                }
            }
        } else if (key.equals(CREATE_TIME)) {
            f.path("value").forEach(v -> {
                if (!v.asText().isBlank() && parse(v.asText()) == null) {
                    problems.add(at + ".value '" + v.asText() + "' is not epoch milliseconds");
                }
            });
        }
    }

    int limit() {
        return limit;
    }

    int page() {
        return page;
    }

    String sortBy() {
        return sortBy;
    }

    String order() {
        return order;
    }

    String groupBy() {
        return groupBy;
    }

    boolean matches(T job) {
        for (JsonNode f : filters) {
            if (!matches(job, f)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(T job, JsonNode f) {
        String key = f.path("key").asText();
        String actual = field.apply(job, key);
        List<String> values = new ArrayList<>();
        f.path("value").forEach(v -> values.add(v.asText().trim()));
        if (f.path("operator").asText().equals("between")) {
            long value = Long.parseLong(actual);
            Long from = values.get(0).isEmpty() ? null : parse(values.get(0));
            Long to = values.get(1).isEmpty() ? null : parse(values.get(1));
            return (from == null || value >= from) && (to == null || value <= to);
        }
        values.removeIf(String::isEmpty);
        if (values.isEmpty()) {
            return true;
        }
        String a = actual.toLowerCase(Locale.ROOT);
        return switch (f.path("operator").asText()) {
            case "like" -> values.stream().anyMatch(v -> a.contains(v.toLowerCase(Locale.ROOT)));
            case "not" -> values.stream().noneMatch(v -> v.equalsIgnoreCase(actual));
            default -> values.stream().anyMatch(v -> v.equalsIgnoreCase(actual));
        };
    }

    /** The order of the answer: by {@code group_by} first when set, then {@code sort_by} in {@code order}, ties by {@code tieBreak}. */
    Comparator<T> comparator(Comparator<T> tieBreak) {
        Comparator<T> bySort = sortBy.equals(CREATE_TIME)
                ? Comparator.comparingLong(j -> Long.parseLong(field.apply(j, CREATE_TIME)))
                : Comparator.comparing(j -> field.apply(j, sortBy).toLowerCase(Locale.ROOT));
        bySort = bySort.thenComparing(tieBreak);
        if (order.equals("desc")) {
            bySort = bySort.reversed();
        }
        if (groupBy.isEmpty()) {
            return bySort;
        }
        Comparator<T> byGroup = Comparator.comparing(j -> field.apply(j, groupBy).toLowerCase(Locale.ROOT));
        return byGroup.thenComparing(bySort);
    }

    private static Long parse(String millis) {
        try {
            return Long.parseLong(millis.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
