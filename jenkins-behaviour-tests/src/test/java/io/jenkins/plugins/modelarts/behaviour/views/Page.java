package io.jenkins.plugins.modelarts.behaviour.views;

import java.util.Map;

/**
 * A view as core renders it: the view and the variables core gives it.
 *
 * @param name for people: the view and the situation ({@code new}, {@code configured})
 * @param describable for a config page, the class configured (its descriptor's {@code clazz}); else null
 */
public record Page(String name, String view, Map<String, Object> variables, Class<?> describable) {
    public Object variable(String variableName) {
        return variables.get(variableName);
    }

    @Override
    public String toString() {
        return name;
    }
}
