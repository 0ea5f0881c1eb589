package io.jenkins.plugins.modelarts.examples;

import groovy.lang.Closure;

/** Java lambdas as the Groovy closures JenkinsPipelineUnit calls for a registered method. */
final class GroovyCallbacks {
    @FunctionalInterface
    interface Body {
        Object call(Object[] arguments) throws Exception;
    }

    private GroovyCallbacks() {}

    static Closure<Object> closure(Body body) {
        return new Closure<Object>(null) {
            private static final long serialVersionUID = 1L;

            @SuppressWarnings("unused") // called by Groovy
            public Object doCall(Object... arguments) throws Exception {
                return body.call(arguments);
            }
        };
    }

    /** Throws {@code t} as it is, checked or not, so that a Jenkinsfile's {@code catch} sees the step's own exception. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
        throw (T) t;
    }
}
