package io.jenkins.plugins.modelarts.core.logs;

import java.util.Locale;

/**
 * An OBS location as ModelArts writes it: {@code /bucket/path/} (v1 fields) or
 * {@code obs://bucket/path/} (v2 responses). The prefix is empty or ends with {@code /}.
 */
public record ObsPath(String bucket, String prefix) {

    /** @throws IllegalArgumentException for anything without a bucket of at least 3 characters */
    public static ObsPath parse(String path) {
        String p = path == null ? "" : path.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("obs://")) {
            p = p.substring(6);
        } else if (p.startsWith("/")) {
            p = p.substring(1);
        }
        int slash = p.indexOf('/');
        String bucket = slash < 0 ? p : p.substring(0, slash);
        String prefix = slash < 0 ? "" : p.substring(slash + 1);
        if (bucket.length() < 3) {
            throw new IllegalArgumentException("'" + path + "' is not an OBS path: expected /bucket/path/ or obs://bucket/path/");
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix += "/";
        }
        return new ObsPath(bucket, prefix);
    }

    @Override
    public String toString() {
        return "obs://" + bucket + "/" + prefix;
    }
}
