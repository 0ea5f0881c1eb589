package io.jenkins.plugins.modelarts.client.auth;

/** How secrets are shown in {@code toString()}s: not at all. */
final class Redaction {
    static final String MARK = "██";

    private Redaction() {}

    /** At most the first four characters of an access key, and only when it is long enough to stay secret. */
    static String accessKey(String accessKey) {
        if (accessKey == null) {
            return "null";
        }
        return accessKey.length() >= 12 ? accessKey.substring(0, 4) + MARK : MARK;
    }

    /**
     * Refuses a value that cannot be sent as a header value (anything but visible ASCII), without
     * quoting it: OkHttp's own error would print the header value.
     */
    static String requireHeaderSafe(String value, String name) {
        if (value != null && !isHeaderSafe(value)) {
            throw new IllegalArgumentException(name + " contains characters that cannot be sent in an HTTP header");
        }
        return value;
    }

    static boolean isHeaderSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    static String secret(String secret) {
        return secret == null ? "null" : MARK;
    }
}
