package io.jenkins.plugins.modelarts.behaviour.views;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property paths inside a JEXL expression: {@code record.gateOutcome != null} holds
 * {@code record.gateOutcome}, {@code record.totals.entrySet()} holds {@code record.totals}. A path that JEXL
 * cannot resolve is null, and a comparison with null hides that; evaluating the paths on their own shows it.
 */
final class ExpressionPaths {
    private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+");

    private ExpressionPaths() {}

    /** The dotted paths in {@code expression}, a trailing method call left off, without the expression itself. */
    static List<String> of(String expression) {
        String code = STRING.matcher(expression).replaceAll("''");
        List<String> paths = new ArrayList<>();
        Matcher m = PATH.matcher(code);
        while (m.find()) {
            String path = m.group();
            if (code.substring(m.end()).stripLeading().startsWith("(")) {
                path = path.substring(0, path.lastIndexOf('.'));
            }
            if (path.contains(".") && !path.equals(expression.strip()) && !paths.contains(path)) {
                paths.add(path);
            }
        }
        return paths;
    }
}
