package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.Util;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Normalises the loosely typed values Pipeline scripts and forms pass to step parameters. */
public final class StepValues {
    private StepValues() {}

    /**
     * A list, an array, or text with one entry per line (or separated by {@code ;}); blanks dropped. A list's
     * entries are split the same way, since a form's text area reaches a {@code List<String>} setter as one entry.
     */
    public static List<String> lines(Object value) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value instanceof Collection<?> c) {
            c.forEach(v -> split(result, v));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                split(result, v);
            }
        } else {
            split(result, value);
        }
        return result;
    }

    private static void split(List<String> result, Object value) {
        if (value != null) {
            for (String line : String.valueOf(value).split("[\\r\\n;]+")) {
                add(result, line);
            }
        }
    }

    /**
     * An id given to a step or form: null when not given. Stapler binds a blank {@code Long} form field as
     * {@code 0} (it registers null defaults for Integer, Float and Double only), and ModelArts ids are positive,
     * so 0 also means "not given"; a negative id is kept for the step's checks to report.
     */
    public static Long id(Long value) {
        return value == null || value == 0 ? null : value;
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
