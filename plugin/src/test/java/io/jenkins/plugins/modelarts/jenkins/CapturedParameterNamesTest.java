package io.jenkins.plugins.modelarts.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * A data-bound constructor with parameters carries {@code @CapturedParameterNames} naming them exactly
 * (the plugin is compiled with {@code -parameters}, so the real names are known here): Stapler reads the
 * annotation first, so a stale name would bind the wrong form field.
 */
class CapturedParameterNamesTest {
    @Test
    void everyDataBoundConstructorWithParametersCapturesTheirRealNames() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : PluginClasses.all()) {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (!c.isAnnotationPresent(DataBoundConstructor.class) || c.getParameterCount() == 0) {
                    continue;
                }
                checked++;
                List<String> real = Arrays.stream(c.getParameters()).map(Parameter::getName).toList();
                CapturedParameterNames captured = c.getAnnotation(CapturedParameterNames.class);
                if (captured == null || !List.of(captured.value()).equals(real)) {
                    problems.add(type.getName() + real + " captured " + (captured == null ? "nothing" : List.of(captured.value())));
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(7);
        assertThat(problems).isEmpty();
    }
}
