package io.jenkins.plugins.modelarts.core.text;

import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.util.Locale;

/**
 * Makes text that came from the server (job names, statuses, metric and class names, log keys, error
 * messages, log lines) safe to print on a terminal or a Jenkins console. Every printer of the CLI and
 * the plugin goes through here.
 *
 * <p>Characters that could act on the terminal or forge a line instead of being read are replaced by
 * a visible escape, {@code \\u001b} for ESC, so that nothing is silently hidden:
 * <ul>
 *   <li>C0 controls (NUL, ESC, CR, LF, TAB, ...), DEL and the C1 controls U+0080-U+009F (CSI, NEL, ...);
 *   <li>bidirectional formatting characters: U+061C, U+200E, U+200F, U+202A-U+202E (embeddings and
 *       overrides) and U+2066-U+2069 (isolates), which reorder what a reader sees;
 *   <li>the line and paragraph separators U+2028 and U+2029;
 *   <li>lone surrogates, which are not text at all.
 * </ul>
 * {@link #safe(String)} is for text placed inside one of our own lines. {@link #safeLogLine(String)}
 * is for one line of a training log printed as a line of its own: it keeps tabs.
 * {@link #wellFormed(String)} only replaces lone surrogates (with U+FFFD), for file writers whose
 * own escaping handles the rest.
 */
public final class ConsoleText {
    private ConsoleText() {}

    /** {@code text} with every control, bidi and separator character escaped; null stays null. */
    public static String safe(String text) {
        return neutralise(text, false);
    }

    /** As {@link #safe(String)}, keeping tabs: one line of a log, printed as a line of its own. */
    public static String safeLogLine(String text) {
        return neutralise(text, true);
    }

    /** {@code String.valueOf(value)} made {@link #safe(String) safe}. */
    public static String safe(Object value) {
        return value == null ? "null" : safe(value.toString());
    }

    /**
     * An error's {@code message} made safe for a console: a ModelArts error (other than a validation
     * report) carries the server's text, so it stays on one line; other messages, such as our own
     * lists of problems, keep their lines, each made safe.
     */
    public static String errorMessage(Throwable error, String message) {
        if (message == null) {
            return error.getClass().getSimpleName();
        }
        if (error instanceof ModelArtsException && !(error instanceof RequestValidationException)) {
            return safe(message);
        }
        StringBuilder lines = new StringBuilder();
        for (String line : message.split("\n", -1)) {
            lines.append(lines.length() == 0 ? "" : "\n").append(safe(line));
        }
        return lines.toString();
    }

    /** {@link #errorMessage(Throwable, String)} of the error's own message. */
    public static String errorMessage(Throwable error) {
        return errorMessage(error, error.getMessage());
    }

    /** Whether {@link #safe(String)} would change {@code text}. */
    public static boolean needsEscaping(String text) {
        return text != null && firstUnsafe(text, false) >= 0;
    }

    /** {@code text} with each lone surrogate replaced by U+FFFD, so that it can be encoded as UTF-8. */
    public static String wellFormed(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (sb != null) {
                    sb.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String neutralise(String text, boolean keepTabs) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text, keepTabs);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (unsafe(c, keepTabs)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstUnsafe(String text, boolean keepTabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unsafe(c, keepTabs)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(char c, boolean keepTabs) {
        if (c < 0x20) {
            return !(keepTabs && c == '\t');
        }
        return (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029'
                || Character.isSurrogate(c);
    }
}
