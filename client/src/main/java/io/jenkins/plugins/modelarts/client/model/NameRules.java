package io.jenkins.plugins.modelarts.client.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The naming rule shared by v1 job names, v2 {@code metadata.name} and training job configuration
 * names: 1 to 64 characters, each a letter, digit, underscore or hyphen.
 *
 * <p>Some older vendor pages limit configuration names to 20 characters; the current API reference
 * allows 64, and so does this check.
 */
public final class NameRules {
    public static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
    static final String EXPECTED = "1-" + MAX_LENGTH + " letters, digits, '_' or '-'";

    private NameRules() {}

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** No problems, or one sentence naming {@code field} and the rule. */
    public static List<String> problems(String field, String name) {
        if (name == null || name.isEmpty()) {
            return List.of(field + " is required: " + EXPECTED);
        }
        if (name.length() > MAX_LENGTH) {
            return List.of(field + " is " + name.length() + " characters long: expected " + EXPECTED);
        }
        if (!NAME.matcher(name).matches()) {
            return List.of(field + " '" + name + "' is not valid: expected " + EXPECTED);
        }
        return List.of();
    }
}
