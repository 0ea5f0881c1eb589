package io.jenkins.plugins.modelarts.examples;

import io.jenkins.plugins.modelarts.jenkins.PluginClasses;
import java.util.Arrays;
import org.jenkinsci.Symbol;

/** The plugin's classes by the {@code @Symbol} of their descriptor, as Configuration-as-Code and Job DSL find them. */
final class Symbols {
    private Symbols() {}

    /** The describable class whose nested descriptor (or which itself) carries {@code @Symbol(symbol)}. */
    static Class<?> describable(String symbol) {
        for (Class<?> c : PluginClasses.all()) {
            Symbol own = c.getAnnotation(Symbol.class);
            if (own != null && Arrays.asList(own.value()).contains(symbol)) {
                return c.getEnclosingClass() != null ? c.getEnclosingClass() : c;
            }
        }
        throw new AssertionError("no class of the plugin has @Symbol(\"" + symbol + "\")");
    }
}
