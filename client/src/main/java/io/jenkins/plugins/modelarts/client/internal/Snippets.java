package io.jenkins.plugins.modelarts.client.internal;

import java.nio.charset.StandardCharsets;

/** Short, single-line, printable quotes of response bodies for error messages. */
public final class Snippets {
    /** The longest snippet, ellipsis included. */
    public static final int MAX_CHARS = 120;
    private static final int MAX_BYTES = MAX_CHARS * 4;

    private Snippets() {}

    /**
     * At most {@link #MAX_CHARS} characters of the body, decoded as UTF-8, with runs of whitespace and
     * control characters collapsed to one space; {@code …} marks a cut.
     */
    public static String of(byte[] body) {
        int length = Math.min(body.length, MAX_BYTES);
        return of(new String(body, 0, length, StandardCharsets.UTF_8), body.length > length);
    }

    public static String of(String text) {
        return of(text, false);
    }

    private static String of(String text, boolean more) {
        StringBuilder sb = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\uFFFD') {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (sb.length() + (pendingSpace ? 1 : 0) >= MAX_CHARS) {
                more = true;
                break;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        if (!more) {
            return sb.toString();
        }
        if (sb.length() > MAX_CHARS - 1) {
            sb.setLength(MAX_CHARS - 1);
        }
        if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
        return sb.append('…').toString();
    }
}
