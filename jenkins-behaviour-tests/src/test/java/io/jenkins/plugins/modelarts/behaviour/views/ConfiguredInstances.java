package io.jenkins.plugins.modelarts.behaviour.views;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Descriptor;
import hudson.util.Secret;
import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A configured describable, the {@code instance} of its config page when a user reopens it: made through its
 * {@code @DataBoundConstructor} and every {@code @DataBoundSetter}, as form binding makes it, with a plausible
 * value for each parameter. A {@code Secret} is the stubs' (core's needs the controller's key): it can be passed
 * to a constructor but holds no value, so setters taking one are left alone.
 */
final class ConfiguredInstances {
    static final String GLOBAL_CONFIGURATION_XML_FIELDS = "<useEmulator>true</useEmulator>"
            + "<endpoint>https://modelarts.cn-north-4.myhuaweicloud.com</endpoint><region>cn-north-4</region>"
            + "<projectId>0a1b2c</projectId><credentialsId>modelarts-keys</credentialsId>"
            + "<pollIntervalSeconds>30</pollIntervalSeconds>";

    private static final Map<String, String> TEXT = Map.of(
            "require", "accuracy >= 0.9",
            "parameters", "lr=0.01\nepochs=3",
            "parametersText", "lr=0.01\nepochs=3",
            "endpoint", "https://modelarts.cn-north-4.myhuaweicloud.com",
            "region", "cn-north-4",
            "credentialsId", "modelarts-keys",
            "order", "desc",
            "accessKeyId", "ABCDEFGHIJKLMNOPQRST");

    private ConfiguredInstances() {}

    static Object of(Class<?> type) {
        if (Descriptor.class.isAssignableFrom(type)) {
            String xml = "<" + type.getName() + ">" + GLOBAL_CONFIGURATION_XML_FIELDS + "</" + type.getName() + ">";
            return Describables.loadedGlobalConfiguration(type, xml);
        }
        try {
            Constructor<?> constructor = Arrays.stream(type.getConstructors())
                    .filter(c -> c.isAnnotationPresent(DataBoundConstructor.class)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no @DataBoundConstructor"));
            Parameter[] parameters = constructor.getParameters();
            Object[] args = new Object[parameters.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = sample(parameters[i].getName(), parameters[i].getType());
            }
            Object instance = constructor.newInstance(args);
            for (Method setter : type.getMethods()) {
                if (setter.isAnnotationPresent(DataBoundSetter.class) && setter.getParameterCount() == 1
                        && setter.getParameterTypes()[0] != Secret.class) { // the stub Secret holds no value to read
                    String property = Introspector.decapitalize(setter.getName().substring(3));
                    setter.invoke(instance, sample(property, setter.getParameterTypes()[0]));
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot configure " + type.getName(), e);
        }
    }

    private static Object sample(String name, Class<?> type) throws ReflectiveOperationException {
        if (type == String.class || type == Object.class) {
            return TEXT.getOrDefault(name, "sample-" + name);
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 7L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == double.class || type == Double.class) {
            return 0.25;
        }
        if (type == Map.class) {
            return Map.of("status", "8");
        }
        if (type == List.class) {
            return List.of(TEXT.getOrDefault(name, "sample-" + name));
        }
        if (type == Secret.class) {
            Constructor<Secret> secret = Secret.class.getDeclaredConstructor(String.class); // fromString needs core's key
            secret.setAccessible(true);
            return secret.newInstance("sample-" + name);
        }
        if (type == CredentialsScope.class) {
            return CredentialsScope.GLOBAL;
        }
        return of(type); // a nested describable (FreestyleSettings)
    }
}
