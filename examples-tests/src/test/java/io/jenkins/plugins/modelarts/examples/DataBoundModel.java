package io.jenkins.plugins.modelarts.examples;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The named parameters of a data-bound class as structs' {@code DescribableModel} sees them: the
 * {@code @DataBoundConstructor}'s parameters (required) and the {@code @DataBoundSetter}s of the class and its
 * superclasses (optional), each with its Java type. {@link #bind} builds an instance from named arguments the way
 * structs binds a Pipeline step call, and refuses what structs refuses: an unknown name, a missing required
 * parameter, a value of the wrong type.
 */
final class DataBoundModel<T> {
    private final Class<T> type;
    private final Constructor<T> constructor;
    private final List<String> constructorNames;
    private final Map<String, Method> setters = new TreeMap<>();

    private DataBoundModel(Class<T> type) {
        this.type = type;
        this.constructor = dataBoundConstructor(type);
        this.constructorNames = constructorNames(constructor);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(DataBoundSetter.class) && m.getParameterCount() == 1
                        && m.getName().startsWith("set") && Modifier.isPublic(m.getModifiers())) {
                    setters.putIfAbsent(decapitalize(m.getName().substring(3)), m);
                }
            }
        }
    }

    static <T> DataBoundModel<T> of(Class<T> type) {
        return new DataBoundModel<>(type);
    }

    Class<T> type() {
        return type;
    }

    /** Every parameter name with its type: the constructor's first, then the setters' in name order. */
    Map<String, Type> parameters() {
        Map<String, Type> all = new LinkedHashMap<>();
        Type[] types = constructor.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            all.put(constructorNames.get(i), types[i]);
        }
        setters.forEach((name, m) -> all.putIfAbsent(name, m.getGenericParameterTypes()[0]));
        return all;
    }

    List<String> requiredParameters() {
        return constructorNames;
    }

    /** The getter Configuration-as-Code exports {@code name} with ({@code getX}/{@code isX}), or null. */
    Method getter(String name) {
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return type.getMethod(prefix + suffix);
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        return null;
    }

    /** What is wrong with {@code arguments} for this class: unknown names, missing required ones, wrong types. */
    List<String> problems(Map<String, ?> arguments) {
        List<String> problems = new ArrayList<>();
        Map<String, Type> parameters = parameters();
        for (var argument : arguments.entrySet()) {
            Type expected = parameters.get(argument.getKey());
            if (expected == null) {
                problems.add("unknown parameter '" + argument.getKey() + "' of " + type.getSimpleName()
                        + "; its parameters are " + parameters.keySet());
            } else {
                try {
                    coerce(argument.getKey(), argument.getValue(), expected);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        for (String required : constructorNames) {
            if (!arguments.containsKey(required)) {
                problems.add("missing required parameter '" + required + "' of " + type.getSimpleName());
            }
        }
        return problems;
    }

    /** An instance from named arguments, as structs builds one; {@link IllegalArgumentException} lists every problem. */
    T bind(Map<String, ?> arguments) {
        List<String> problems = problems(arguments);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        try {
            Type[] types = constructor.getGenericParameterTypes();
            Object[] values = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                String name = constructorNames.get(i);
                values[i] = coerce(name, arguments.get(name), types[i]);
            }
            T instance = constructor.newInstance(values);
            for (var argument : arguments.entrySet()) {
                Method setter = setters.get(argument.getKey());
                if (setter != null && !constructorNames.contains(argument.getKey())) {
                    setter.invoke(instance, coerce(argument.getKey(), argument.getValue(), setter.getGenericParameterTypes()[0]));
                }
            }
            return instance;
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(type.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code value} as {@code expected}: numbers convert between number types (not a fraction to a whole number),
     * text stays text or names an enum constant, lists and maps convert element by element, a map becomes the
     * data-bound class expected (its problems reported as this class's); nothing else converts.
     */
    static Object coerce(String name, Object value, Type expected) {
        if (value == null) {
            return null;
        }
        Class<?> raw = raw(expected);
        if (raw == String.class && value instanceof CharSequence text) {
            return text.toString();
        }
        if ((raw == int.class || raw == Integer.class) && value instanceof Number n && n.longValue() == n.intValue()
                && !(value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal)) {
            return n.intValue();
        }
        if ((raw == long.class || raw == Long.class) && value instanceof Number n
                && !(value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal)) {
            return n.longValue();
        }
        if ((raw == double.class || raw == Double.class) && value instanceof Number n) {
            return n.doubleValue();
        }
        if ((raw == boolean.class || raw == Boolean.class) && value instanceof Boolean) {
            return value;
        }
        if (raw == hudson.util.Secret.class && value instanceof CharSequence text) {
            return hudson.util.Secret.fromString(text.toString()); // as Configuration-as-Code reads a secret
        }
        if (raw.isEnum() && value instanceof CharSequence text) {
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text.toString())) {
                    return constant;
                }
            }
        }
        if (List.class.isAssignableFrom(raw) && value instanceof List<?> list) {
            Type element = argument(expected, 0);
            return list.stream().map(v -> coerce(name + "[]", v, element)).toList();
        }
        if (Map.class.isAssignableFrom(raw) && value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(coerce(name + " key", k, argument(expected, 0)), coerce(name + "." + k, v, argument(expected, 1))));
            return copy;
        }
        if (value instanceof Map<?, ?> nested && Arrays.stream(raw.getConstructors())
                .anyMatch(c -> c.isAnnotationPresent(DataBoundConstructor.class))) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            nested.forEach((k, v) -> arguments.put(String.valueOf(k), v));
            return DataBoundModel.of(raw).bind(arguments);
        }
        if (raw == Object.class) {
            return value;
        }
        throw new IllegalArgumentException("parameter '" + name + "' expects " + expected.getTypeName().replace("java.lang.", "")
                .replace("java.util.", "") + ", got " + value.getClass().getSimpleName() + " " + value);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    /** The {@code @DataBoundConstructor}, else the public no-argument one (a global configuration's, set by setters only). */
    @SuppressWarnings("unchecked")
    private static <T> Constructor<T> dataBoundConstructor(Class<T> type) {
        return (Constructor<T>) Arrays.stream(type.getConstructors())
                .filter(c -> c.isAnnotationPresent(DataBoundConstructor.class))
                .findFirst()
                .or(() -> Arrays.stream(type.getConstructors()).filter(c -> c.getParameterCount() == 0).findFirst())
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no public @DataBoundConstructor"));
    }

    private static List<String> constructorNames(Constructor<?> constructor) {
        CapturedParameterNames captured = constructor.getAnnotation(CapturedParameterNames.class);
        if (captured != null) {
            return List.of(captured.value());
        }
        return Arrays.stream(constructor.getParameters())
                .peek(p -> {
                    if (!p.isNamePresent()) {
                        throw new IllegalStateException(constructor + ": compile with -parameters");
                    }
                })
                .map(java.lang.reflect.Parameter::getName)
                .toList();
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    public String toString() {
        return type.getSimpleName() + Objects.toString(parameters().keySet());
    }
}
