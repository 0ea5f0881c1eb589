package io.jenkins.plugins.modelarts.behaviour.views;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.converters.reflection.SunUnsafeReflectionProvider;
import hudson.model.Descriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;

/**
 * The descriptor core hands a describable's config page: the plugin's {@code @Extension} descriptor, made as
 * the extension finder makes it (its no-argument constructor; {@code Descriptor()} takes the enclosing class as
 * {@code clazz}). A {@code GlobalConfiguration} is its own descriptor; its constructor calls {@code load()}, which
 * reads the saved XML in core and throws in the stubs, so it is allocated without its constructor, given the
 * {@code clazz} its constructor would set, and loaded from XML with XStream as {@code Descriptor.load()} does.
 */
final class Describables {
    private Describables() {}

    /** The descriptor class declared in {@code type} or a superclass, or {@code type} itself for a descriptor. */
    static Optional<Class<?>> descriptorClassOf(Class<?> type) {
        if (Descriptor.class.isAssignableFrom(type)) {
            return Optional.of(type);
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Optional<Class<?>> nested = Arrays.stream(c.getDeclaredClasses())
                    .filter(Descriptor.class::isAssignableFrom)
                    .filter(d -> !Modifier.isAbstract(d.getModifiers()))
                    .findFirst();
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    static Object descriptorOf(Class<?> type) {
        Class<?> descriptorClass = descriptorClassOf(type)
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " declares no descriptor"));
        if (descriptorClass == type) {
            return loadedGlobalConfiguration(type, null);
        }
        try {
            return descriptorClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + descriptorClass.getName(), e);
        }
    }

    /** A global configuration as {@code load()} leaves it: fields from {@code xml}, none for a fresh install. */
    static Object loadedGlobalConfiguration(Class<?> type, String xml) {
        Object configuration = new SunUnsafeReflectionProvider().newInstance(type);
        try {
            Field clazz = Descriptor.class.getField("clazz");
            clazz.setAccessible(true);
            clazz.set(configuration, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (xml != null) {
            XStream xstream = new XStream();
            xstream.allowTypes(new Class<?>[] {type});
            xstream.alias(type.getName(), type);
            xstream.fromXML(xml, configuration);
        }
        return configuration;
    }
}
