package io.jenkins.plugins.modelarts.behaviour.persistence;

import java.lang.reflect.Field;

/**
 * Reads and sets a named field anywhere in an object's class hierarchy: how these tests see the persisted
 * state of package-private plugin classes, and set fields where a setter would call the stubs' {@code save()}.
 */
public final class Fields {
    private Fields() {}

    public static Object get(Object o, String name) {
        try {
            return field(o.getClass(), name).get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void set(Object o, String name, Object value) {
        try {
            field(o.getClass(), name).set(o, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> k = type; k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no field " + name);
    }
}
