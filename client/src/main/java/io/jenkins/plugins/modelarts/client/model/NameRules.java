package io.jenkins.plugins.modelarts.client.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The naming rule shared by v1 job names, v2 {@code metadata.name} and training job configuration
 * names: 1 to 64 characters, each a letter, digit, underscore or hyphen.
 *
 * <p>A new training job configuration's name is shorter: 1 to 20 such characters, as the seed-003
 * SDK reference and the older API pages say ({@link #configNameProblems}). Existing configurations are
 * read, updated and deleted by names of up to 64 characters, which the current API reference allows.
 */
public final class NameRules {
    public static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
    static final String EXPECTED = "1-" + MAX_LENGTH + " letters, digits, '_' or '-'";

    private NameRules() {}

    /** The longest name {@code create_job_configs} accepts (seed 003). */
    public static final int MAX_CONFIG_NAME_LENGTH = 20;

    /** The rule for a new configuration's {@code config_name}: 1-20 letters, digits, '_' or '-'. */
    public static List<String> configNameProblems(String field, String name) {
        List<String> problems = problems(field, name);
        if (problems.isEmpty() && name.length() > MAX_CONFIG_NAME_LENGTH) {
            return List.of(field + " is " + name.length() + " characters long: a new configuration's name is 1-"
                    + MAX_CONFIG_NAME_LENGTH + " letters, digits, '_' or '-'");
        }
        return problems;
    }

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
