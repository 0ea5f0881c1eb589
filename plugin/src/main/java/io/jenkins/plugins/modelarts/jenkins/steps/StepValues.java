package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.Util;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Normalises the loosely typed values Pipeline scripts and forms pass to step parameters. */
public final class StepValues {
    private StepValues() {}

    /** A list, an array, or text with one entry per line (or separated by {@code ;}); blanks dropped. */
    public static List<String> lines(Object value) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value instanceof Collection<?> c) {
            c.forEach(v -> add(result, v == null ? null : String.valueOf(v)));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                add(result, v == null ? null : String.valueOf(v));
            }
        } else {
            for (String line : String.valueOf(value).split("[\\r\\n;]+")) {
                add(result, line);
            }
        }
        return result;
    }

    private static void add(List<String> result, String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v != null) {
            result.add(v);
        }
    }

    /** A whole number of seconds or minutes as a duration; zero or less for "not set". */
    public static Duration seconds(int seconds) {
        return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    }

    public static Duration minutes(int minutes) {
        return minutes > 0 ? Duration.ofMinutes(minutes) : null;
    }
}
