package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest.Filter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code jobs --filter KEY:OP:VALUE[,VALUE...]} into a search filter, e.g.
 * {@code name:like:resnet}, {@code phase:in:Running,Pending}, {@code phase:not:Failed},
 * {@code create_time:between:2026-01-01T00:00:00Z,2026-02-01T00:00:00Z}. {@code create_time}
 * values may be epoch milliseconds or ISO-8601 instants (sent as milliseconds); a blank
 * {@code between} bound is open. Operators and keys are checked by the request and the service.
 */
final class FilterOption implements ITypeConverter<Filter> {
    @Override
    public Filter convert(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length < 3 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new TypeConversionException("'" + text + "' is not KEY:OP:VALUE[,VALUE...] (OP: "
                    + String.join(", ", Filter.OPERATORS) + "), e.g. phase:in:Running,Pending");
        }
        String key = parts[0].trim();
        List<String> values = new ArrayList<>(Arrays.asList(parts[2].split(",", -1)));
        values.replaceAll(String::trim);
        if (key.equals("create_time")) {
            values.replaceAll(FilterOption::millis);
        }
        return new Filter(key, parts[1].trim(), values);
    }

    private static String millis(String value) {
        if (value.isEmpty() || value.chars().allMatch(Character::isDigit)) {
            return value;
        }
        try {
            return Long.toString(Instant.parse(value).toEpochMilli());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("create_time value '" + value
                    + "' is neither epoch milliseconds nor an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
