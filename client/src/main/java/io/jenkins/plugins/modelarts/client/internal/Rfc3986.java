package io.jenkins.plugins.modelarts.client.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as the ModelArts signature (notes §5.2) and the wire both use it: the UTF-8 bytes
 * of the input, with only RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - _ . ~}) kept and
 * every other byte written as {@code %XX} with upper-case hex. So a space is {@code %20}, {@code *}
 * is {@code %2A}, {@code /} is {@code %2F} and {@code +} is {@code %2B}.
 *
 * <p>Locale-independent: no {@code String.format}, no case conversion.
 */
public final class Rfc3986 {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Rfc3986() {}

    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
