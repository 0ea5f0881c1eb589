package io.jenkins.plugins.modelarts.examples;

import groovy.lang.Closure;
import hudson.model.Result;
import java.util.List;
import java.util.Map;

/**
 * The declarative Pipeline syntax the examples use, which JenkinsPipelineUnit 1.1 does not know:
 * {@code pipeline { agent …; options { }; parameters { }; stages { stage(…) { agent …; steps { script { } } } };
 * post { always/success/unstable/failure { } } }}. {@code stages} run in order; the first failure sets the result
 * FAILURE and skips the rest; then the {@code post} conditions that match the result run, and the failure is
 * thrown. {@code parameters { string(…) }} gives {@code params} their defaults unless the test set them.
 */
final class DeclarativeSections {
    private final JenkinsfileRunner runner;
    private Closure<?> stages;
    private Closure<?> post;
    private boolean inParameters;

    DeclarativeSections(JenkinsfileRunner runner) {
        this.runner = runner;
    }

    void register() {
        runner.getBinding().setVariable("none", "agent none");
        runner.getBinding().setVariable("any", "agent any");
        runner.registerMethod("pipeline", List.of(Closure.class), a -> pipeline((Closure<?>) a[0]));
        runner.registerMethod("agent", List.of(Object.class), a -> null);
        runner.registerMethod("options", List.of(Closure.class), a -> ((Closure<?>) a[0]).call());
        runner.registerMethod("buildDiscarder", List.of(Object.class), a -> null);
        runner.registerMethod("logRotator", List.of(Map.class), a -> a[0]);
        runner.registerMethod("parameters", List.of(Closure.class), a -> {
            inParameters = true;
            try {
                return ((Closure<?>) a[0]).call();
            } finally {
                inParameters = false;
            }
        });
        runner.registerMethod("string", List.of(Map.class), a -> parameter((Map<?, ?>) a[0]));
        runner.registerMethod("stages", List.of(Closure.class), a -> stages = (Closure<?>) a[0]);
        runner.registerMethod("steps", List.of(Closure.class), a -> ((Closure<?>) a[0]).call());
        runner.registerMethod("script", List.of(Closure.class), a -> ((Closure<?>) a[0]).call());
        runner.registerMethod("post", List.of(Closure.class), a -> post = (Closure<?>) a[0]);
        condition("always", result -> true);
        condition("success", result -> result == Result.SUCCESS);
        condition("unstable", result -> result == Result.UNSTABLE);
        condition("failure", result -> result == Result.FAILURE);
    }

    private void condition(String name, java.util.function.Predicate<Result> when) {
        runner.registerMethod(name, List.of(Closure.class), a -> when.test(runner.result()) ? ((Closure<?>) a[0]).call() : null);
    }

    private Object parameter(Map<?, ?> definition) {
        if (inParameters) {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) runner.getBinding().getVariable("params");
            params.putIfAbsent(String.valueOf(definition.get("name")), definition.get("defaultValue"));
        }
        return definition;
    }

    private Object pipeline(Closure<?> body) {
        body.call();
        if (stages == null) {
            throw new IllegalStateException("pipeline without stages");
        }
        Throwable failure = null;
        try {
            stages.call();
        } catch (Throwable t) {
            failure = t;
            runner.setResult(Result.FAILURE);
        }
        if (post != null) {
            post.call();
        }
        if (failure != null) {
            throw GroovyCallbacks.rethrow(failure);
        }
        return null;
    }
}
