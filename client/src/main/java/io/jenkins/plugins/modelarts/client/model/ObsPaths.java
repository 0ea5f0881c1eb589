package io.jenkins.plugins.modelarts.client.model;

import java.util.regex.Pattern;

/**
 * Checks the OBS locations of v1 requests. ModelArts writes them {@code /bucket/path/}; the
 * {@code obs://bucket/path/} form is accepted too. The first segment is the bucket: 3 to 63
 * lower-case letters, digits, '.' or '-'.
 */
final class ObsPaths {
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    static final String FORMS = "/bucket/path/ or obs://bucket/path/";

    private ObsPaths() {}

    /** The path with {@code obs://} replaced by {@code /}, or null for null. */
    static String normalize(String path) {
        if (path == null) {
            return null;
        }
        return path.startsWith("obs://") ? "/" + path.substring("obs://".length()) : path;
    }

    /** Null when {@code value} is a usable OBS path, else one sentence naming {@code field}. */
    static String problem(String field, String value, boolean file) {
        String quoted = field + " '" + value + "'";
        if (value.isBlank()) {
            return field + " is blank: expected an OBS path such as " + FORMS;
        }
        if (!value.startsWith("/") && !value.startsWith("obs://")) {
            return quoted + " is not an OBS path: expected " + FORMS;
        }
        String rest = normalize(value).substring(1);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (bucket.length() < 3 || bucket.length() > 63) {
            return quoted + ": bucket '" + bucket + "' must have 3-63 characters (" + FORMS + ")";
        }
        if (!BUCKET.matcher(bucket).matches()) {
            return quoted + ": bucket '" + bucket + "' may contain only lower-case letters, digits, '.' and '-'";
        }
        for (String segment : rest.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return quoted + " must not contain '.' or '..' segments (" + FORMS + ")";
            }
        }
        if (file && (slash < 0 || slash == rest.length() - 1)) {
            return quoted + " must name a file inside a bucket, such as /bucket/code/train.py";
        }
        return null;
    }

    /** Whether {@code file} lies inside directory {@code dir}; both forms compare equal. */
    static boolean isUnder(String file, String dir) {
        String d = normalize(dir);
        String prefix = d.endsWith("/") ? d : d + "/";
        return normalize(file).startsWith(prefix);
    }
}
