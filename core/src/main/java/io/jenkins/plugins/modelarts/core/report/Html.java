package io.jenkins.plugins.modelarts.core.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Escaping and number formatting shared by the HTML page and its charts. */
final class Html {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Html() {}

    /** Text safe in element content and in double- or single-quoted attributes; null becomes "". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null || sb != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** A metric value for people: integers without decimals, small values with four. */
    static String number(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        double abs = Math.abs(v);
        return String.format(Locale.ROOT, abs >= 1000 ? "%.0f" : abs >= 10 ? "%.2f" : "%.4f", v);
    }

    /** A coordinate for SVG: at most one decimal, always a dot. */
    static String coordinate(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10.0 + "");
    }

    static String utc(Long epochMillis) {
        return epochMillis == null ? "-" : UTC.format(Instant.ofEpochMilli(epochMillis));
    }
}
