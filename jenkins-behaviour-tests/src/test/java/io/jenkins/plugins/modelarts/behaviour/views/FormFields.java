package io.jenkins.plugins.modelarts.behaviour.views;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kohsuke.stapler.QueryParameter;

/** The form fields a config page binds, and the descriptor methods core derives from a field's name. */
final class FormFields {
    private FormFields() {}

    /** Every {@code field} attribute on the page and in the views it included. */
    static Set<String> of(ViewRecording recording) {
        Set<String> fields = new LinkedHashSet<>();
        for (RecordedTag tag : recording.tags()) {
            Object field = tag.attribute("field");
            if (field != null) {
                fields.add(field.toString());
            }
        }
        return fields;
    }

    /** {@code getX()} or {@code isX()}, public, no parameters: what the form reads {@code instance[field]} with. */
    static boolean hasGetter(Class<?> type, String field) {
        String cap = capitalized(field);
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getParameterCount() == 0
                && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap) && isBoolean(m)));
    }

    private static boolean isBoolean(Method m) {
        return m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class;
    }

    /** As core capitalises a field for {@code doFillXItems} and {@code doCheckX}: title case of the first letter. */
    static String capitalized(String field) {
        return field.isEmpty() ? field : Character.toTitleCase(field.charAt(0)) + field.substring(1);
    }

    /** A public method by name, inherited ones included, as core's {@code ReflectionUtils.getPublicMethodNamed}. */
    static Optional<Method> publicMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst();
    }

    /** The names of a web method's {@code @QueryParameter}s (the annotation's value, else the parameter's name). */
    static List<String> queryParameters(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(p -> p.isAnnotationPresent(QueryParameter.class))
                .map(FormFields::queryName)
                .toList();
    }

    private static String queryName(Parameter p) {
        String value = p.getAnnotation(QueryParameter.class).value();
        return value.isEmpty() ? p.getName() : value;
    }
}
