// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;

/** Only the three pure string helpers are declared; they work as in core. */
public class Util {

    @NonNull
    public static String fixNull(@CheckForNull String s) {
        return s != null ? s : "";
    }

    @CheckForNull
    public static String fixEmpty(@CheckForNull String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return s;
    }

    @CheckForNull
    public static String fixEmptyAndTrim(@CheckForNull String s) {
        if (s == null) {
            return null;
        }
        return fixEmpty(s.trim());
    }

    /** Works as in core: HTML-escapes, newlines become {@code <br>}, runs of spaces {@code &nbsp;}. */
    @Nullable
    public static String escape(@CheckForNull String text) {
        if (text == null) {
            return null;
        }
        StringBuilder buf = new StringBuilder(text.length() + 64);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                buf.append("<br>");
            } else if (ch == '<') {
                buf.append("&lt;");
            } else if (ch == '>') {
                buf.append("&gt;");
            } else if (ch == '&') {
                buf.append("&amp;");
            } else if (ch == '"') {
                buf.append("&quot;");
            } else if (ch == '\'') {
                buf.append("&#039;");
            } else if (ch == ' ') {
                char nextCh = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                buf.append(nextCh == ' ' ? "&nbsp;" : " ");
            } else {
                buf.append(ch);
            }
        }
        return buf.toString();
    }
}
