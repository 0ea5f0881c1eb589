package io.jenkins.plugins.modelarts.behaviour.views;

import java.util.Map;

/**
 * The part of {@code request2} (Stapler's {@code StaplerRequest2}, which Stapler gives every view) that views read:
 * {@code ${request2.getParameter('at')}}. JEXL calls the method by name, so this stands in for the request.
 */
public final class QueryParameters {
    private final Map<String, String> parameters;

    QueryParameters(Map<String, String> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    public String getParameter(String name) {
        return parameters.get(name);
    }
}
