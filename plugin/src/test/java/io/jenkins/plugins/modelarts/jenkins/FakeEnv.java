package io.jenkins.plugins.modelarts.jenkins;

import hudson.EnvVars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Build variables whose {@code expand} replaces {@code ${NAME}} and {@code $NAME}, as Jenkins' does. */
public final class FakeEnv extends EnvVars {
    private static final long serialVersionUID = 1L;
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)\\}|\\$(\\w+)");

    public FakeEnv(String... keyValuePairs) {
        for (int i = 0; i + 1 < keyValuePairs.length; i += 2) {
            put(keyValuePairs[i], keyValuePairs[i + 1]);
        }
    }

    @Override
    public String expand(String s) {
        Matcher m = VARIABLE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(containsKey(name) ? get(name) : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
