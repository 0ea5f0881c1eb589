package io.jenkins.plugins.modelarts.behaviour.binding;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.jenkins.PluginClasses;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The types of data-bound parameters are ones structs (Pipeline arguments, the Snippet Generator, the step
 * reference) models by their own shape. A parameter typed {@code Object} makes structs treat it as a nested
 * describable of any kind: it walks every descriptor in Jenkins to list the candidates, and the step
 * reference offers all of them (structs' {@code ParameterType.of}, {@code DescribableModel.findSubtypes}).
 */
class DataBoundTypesTest {
    @Test
    void noDataBoundParameterIsTypedObjectOrARawCollection() {
        List<String> problems = new ArrayList<>();
        int parameters = 0;
        for (Class<?> type : PluginClasses.all()) {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                    for (Type t : c.getGenericParameterTypes()) {
                        parameters++;
                        check(type.getSimpleName() + "(constructor)", t, problems);
                    }
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(DataBoundSetter.class)) {
                    parameters++;
                    check(type.getSimpleName() + "." + m.getName(), m.getGenericParameterTypes()[0], problems);
                }
            }
        }
        assertThat(parameters).isGreaterThan(60);
        assertThat(problems).isEmpty();
    }

    private static void check(String where, Type type, List<String> problems) {
        if (type == Object.class) {
            problems.add(where + " takes Object");
        } else if (type instanceof Class<?> c && (List.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
            problems.add(where + " takes a raw " + c.getSimpleName());
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (argument != String.class && argument != Object.class) {
                    problems.add(where + " takes " + p.getTypeName() + ": only String elements and keys are modelled");
                }
            }
        }
    }
}
