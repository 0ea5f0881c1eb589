package io.jenkins.plugins.modelarts.behaviour.persistence;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * What a serializer would store of an object: its persisted fields (non-static, non-transient, in the class
 * and its superclasses), read by reflection. Objects of the project's own classes and of the Jenkins API
 * (stubs) are entered field by field; collections and maps by their elements; anything else (strings,
 * numbers, enums, {@code java.time} values) is a leaf; a {@code Throwable} is its class, message and
 * cause (Pipeline keeps a step's failure that way). The step's context is a leaf too: it is the
 * placeholder program.dat holds for the live build.
 */
public final class PersistedGraph {
    private PersistedGraph() {}

    /** The persisted state as nested maps (field name to value) and lists, comparable with {@code equals}. */
    public static Object stateOf(Object o) {
        return state(o, new IdentityHashMap<>());
    }

    private static Object state(Object o, IdentityHashMap<Object, Boolean> path) {
        if (o == null) {
            return null;
        }
        if (o instanceof StepContext) {
            return "<step context>";
        }
        if (path.containsKey(o)) {
            return "<cycle " + o.getClass().getName() + ">";
        }
        path.put(o, true);
        try {
            if (o instanceof Collection<?> c) {
                List<Object> list = new ArrayList<>();
                c.forEach(e -> list.add(state(e, path)));
                return list;
            }
            if (o instanceof Map<?, ?> m) {
                Map<Object, Object> map = new LinkedHashMap<>();
                m.forEach((k, v) -> map.put(state(k, path), state(v, path)));
                return map;
            }
            if (o instanceof Throwable t) { // its class, message and causes; identity and stack traces do not compare
                Map<String, Object> thrown = new LinkedHashMap<>();
                thrown.put("@class", t.getClass().getName());
                thrown.put("message", t.getMessage());
                thrown.put("cause", state(t.getCause(), path));
                return thrown;
            }
            if (!entered(o.getClass())) {
                return o;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("@class", o.getClass().getName());
            for (Field f : persistedFields(o.getClass())) {
                fields.put(f.getDeclaringClass().getSimpleName() + "." + f.getName(), state(read(f, o), path));
            }
            return fields;
        } finally {
            path.remove(o);
        }
    }

    /** The class of every object reachable through persisted fields, collections and maps, {@code root}'s included. */
    public static Set<Class<?>> classesReachableFrom(Object root) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || seen.put(o, true) != null) {
                continue;
            }
            classes.add(o.getClass());
            if (o instanceof Collection<?> c) {
                c.forEach(e -> { if (e != null) todo.push(e); });
            } else if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> { if (k != null) todo.push(k); if (v != null) todo.push(v); });
            } else if (entered(o.getClass()) && !(o instanceof StepContext)) {
                for (Field f : persistedFields(o.getClass())) {
                    Object v = read(f, o);
                    if (v != null) {
                        todo.push(v);
                    }
                }
            }
        }
        return classes;
    }

    /**
     * The classes a persisted field of {@code type} can declare, recursively: field types, their type
     * arguments ({@code List<GateSettings>}), arrays' component types, entering the project's own classes.
     * What the static types allow, whatever values a test happened to create.
     */
    public static Set<Class<?>> declaredTypesReachableFrom(Class<?> type) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType p) {
                todo.push(p.getRawType());
                for (Type a : p.getActualTypeArguments()) {
                    todo.push(a);
                }
            } else if (t instanceof GenericArrayType g) {
                todo.push(g.getGenericComponentType());
            } else if (t instanceof WildcardType w) {
                for (Type b : w.getUpperBounds()) {
                    todo.push(b);
                }
            } else if (t instanceof Class<?> c) {
                if (c.isArray()) {
                    todo.push(c.getComponentType());
                } else if (classes.add(c) && entered(c) && !StepContext.class.isAssignableFrom(c)) {
                    for (Field f : persistedFields(c)) {
                        todo.push(f.getGenericType());
                    }
                }
            }
        }
        return classes;
    }

    /** A record that neither River nor XStream can be trusted with unless it is public and top-level. */
    public static boolean isRiskyRecord(Class<?> c) {
        return c.isRecord() && (!Modifier.isPublic(c.getModifiers()) || c.getEnclosingClass() != null);
    }

    /** The project's classes and the Jenkins API's: entered field by field. */
    static boolean entered(Class<?> c) {
        String n = c.getName();
        return !c.isEnum() && !c.isPrimitive() && !c.isArray()
                && (n.startsWith("io.jenkins.plugins.modelarts.") || n.startsWith("hudson.") || n.startsWith("jenkins.")
                        || n.startsWith("org.jenkinsci.") || n.startsWith("com.cloudbees."));
    }

    static List<Field> persistedFields(Class<?> c) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    static Object read(Field f, Object o) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }
}
