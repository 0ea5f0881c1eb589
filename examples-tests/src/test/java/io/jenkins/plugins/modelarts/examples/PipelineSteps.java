package io.jenkins.plugins.modelarts.examples;

import io.jenkins.plugins.modelarts.jenkins.PluginClasses;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/**
 * Every Pipeline step of the plugin, by function name: each concrete {@link Step} class with its nested
 * {@code DescriptorImpl}, found among the plugin's compiled classes, so that a new step is covered without
 * being listed here.
 */
final class PipelineSteps {
    /** A step: its descriptor (function name, block or not, argument adjustments) and its data-bound model. */
    record PipelineStep(StepDescriptor descriptor, DataBoundModel<? extends Step> model) {
        String functionName() {
            return descriptor.getFunctionName();
        }

        /** Whether the step takes a body; false unless its descriptor says so (the stubs' default throws). */
        boolean takesBody() {
            try {
                return descriptor.takesImplicitBlockArgument();
            } catch (UnsupportedOperationException notOverridden) {
                return false;
            }
        }
    }

    private PipelineSteps() {}

    static Map<String, PipelineStep> all() {
        Map<String, PipelineStep> steps = new TreeMap<>();
        for (Class<?> c : PluginClasses.all()) {
            if (Step.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()) && c.getEnclosingClass() == null) {
                StepDescriptor descriptor = descriptorOf(c);
                steps.put(descriptor.getFunctionName(), new PipelineStep(descriptor, DataBoundModel.of(c.asSubclass(Step.class))));
            }
        }
        return steps;
    }

    private static StepDescriptor descriptorOf(Class<?> step) {
        for (Class<?> nested : step.getDeclaredClasses()) {
            if (StepDescriptor.class.isAssignableFrom(nested) && !Modifier.isAbstract(nested.getModifiers())) {
                try {
                    return (StepDescriptor) nested.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(nested.getName(), e);
                }
            }
        }
        throw new IllegalStateException(step.getName() + " has no descriptor");
    }
}
