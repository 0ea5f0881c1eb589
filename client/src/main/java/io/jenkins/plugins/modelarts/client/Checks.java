package io.jenkins.plugins.modelarts.client;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.NameRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the problems of a call's arguments, then refuses the call listing all of them. */
final class Checks {
    private final String what;
    private final List<String> problems = new ArrayList<>();

    private Checks(String what) {
        this.what = what;
    }

    static Checks of(String what) {
        return new Checks(what);
    }

    Checks positive(String field, long value) {
        if (value <= 0) {
            problems.add(field + " is " + value + ": expected a positive id");
        }
        return this;
    }

    Checks required(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
        }
        return this;
    }

    Checks name(String field, String value) {
        problems.addAll(NameRules.problems(field, value));
        return this;
    }

    Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field + " is " + value.length() + " characters long: at most " + max + " are allowed");
        }
        return this;
    }

    Checks range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(field + " is " + value + ": expected " + min + "-" + max);
        }
        return this;
    }

    Checks order(String field, String value) {
        if (value != null && !value.equals("asc") && !value.equals("desc")) {
            problems.add(field + " '" + value + "' is not valid: expected asc or desc");
        }
        return this;
    }

    Checks add(Collection<String> more) {
        problems.addAll(more);
        return this;
    }

    /** @throws RequestValidationException when any problem was found */
    void check() {
        if (!problems.isEmpty()) {
            throw new RequestValidationException(what, problems);
        }
    }
}
