package io.jenkins.plugins.modelarts.core.gate;

import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.Locale;

/**
 * A gate's result as JUnit XML (one test case per rule, a {@code <failure>} for each failed one),
 * so Jenkins' test trend and any CI system that reads JUnit show the verdict. When the gate was
 * overridden ({@link GateOverride}), the failed rules are {@code <skipped message="failed; overridden
 * by WHO: REASON">} instead, so that the build is not marked unstable, and {@code <properties>}
 * record the outcome, the reason and who gave it.
 */
public final class JUnitReport {
    private JUnitReport() {}

    /** @param suite the suite name, e.g. {@code modelarts.gate.resnet50} */
    public static String toXml(String suite, GateResult result) {
        GateOverride override = result.override();
        long failed = result.failures().size();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\">%n",
                        escape(suite), result.rules().size(), override == null ? failed : 0, override == null ? 0 : failed));
        if (override != null) {
            xml.append("  <properties>\n");
            property(xml, "modelarts.gate.outcome", result.outcome().name());
            property(xml, "modelarts.gate.override.reason", override.reason());
            property(xml, "modelarts.gate.override.by", override.by());
            xml.append("  </properties>\n");
        }
        for (RuleResult rule : result.rules()) {
            xml.append("  <testcase classname=\"").append(escape(suite)).append("\" name=\"").append(escape(rule.name()))
                    .append("\"");
            if (rule.passed()) {
                xml.append("/>\n");
            } else if (override != null) {
                // skipped, not failed: Jenkins' junit step would otherwise mark the overridden build unstable
                xml.append(">\n    <skipped message=\"").append(escape("failed; " + override.describe())).append("\">")
                        .append(escape(rule.message())).append("</skipped>\n  </testcase>\n");
            } else {
                xml.append(">\n    <failure message=\"").append(escape(rule.message())).append("\" type=\"")
                        .append(result.outcome()).append("\">").append(escape(rule.message())).append("</failure>\n  </testcase>\n");
            }
        }
        if (!result.notes().isEmpty()) {
            xml.append("  <system-out>").append(escape(String.join("\n", result.notes()))).append("</system-out>\n");
        }
        // a lone surrogate (a hostile metric name) cannot be encoded: replaced, never a failed write
        return ConsoleText.wellFormed(xml.append("</testsuite>\n").toString());
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("    <property name=\"").append(name).append("\" value=\"").append(escape(value)).append("\"/>\n");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
