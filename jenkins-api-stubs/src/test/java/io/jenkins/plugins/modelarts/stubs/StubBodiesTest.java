package io.jenkins.plugins.modelarts.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.StubMethod;
import net.bytebuddy.matcher.ElementMatchers;
import org.junit.jupiter.api.Test;

/**
 * Checks the stub contract by reflection: every public or protected, concrete, non-static method declared by a stub
 * type in {@code hudson.*}, {@code jenkins.*}, {@code org.jenkinsci.plugins.*} or {@code com.cloudbees.*} throws
 * {@link UnsupportedOperationException}, unless it is on the short list of members that deliberately work.
 *
 * <p>Instances are made without running constructors: interfaces through {@link Proxy} (default methods are
 * invoked for real), abstract classes through a Byte Buddy subclass (Byte Buddy reaches the test classpath through
 * AssertJ), and all of them allocated with {@code Unsafe}.
 */
class StubBodiesTest {

    private static final List<String> PACKAGES = List.of("hudson.", "jenkins.", "org.jenkinsci.plugins.", "com.cloudbees.");

    /** Members that work on purpose (value types, exceptions, pure helpers, constructor-stored state); "*" = all. */
    private static final Map<String, Set<String>> WORKING = Map.ofEntries(
            Map.entry("hudson.model.Result", Set.of("*")),
            Map.entry("hudson.AbortException", Set.of("*")),
            Map.entry("hudson.EnvVars", Set.of("override", "overrideAll", "get", "put", "putIfNotNull")),
            Map.entry("hudson.model.Descriptor$FormException", Set.of("*")),
            Map.entry("hudson.model.NullTaskListener", Set.of("*")),
            Map.entry("hudson.model.TaskListener", Set.of("error", "fatalError")),
            Map.entry("hudson.Util", Set.of("fixNull", "fixEmpty", "fixEmptyAndTrim", "escape")),
            Map.entry("org.jenkinsci.plugins.structs.describable.CustomDescribableModel", Set.of("customInstantiate")),
            Map.entry("hudson.model.AbstractItem", Set.of("getFullName", "getFullDisplayName")),
            Map.entry("hudson.model.Run", Set.of("getStartTimeInMillis")),
            Map.entry("hudson.security.Permission", Set.of("getId", "equals", "hashCode", "toString")),
            Map.entry("hudson.util.ListBoxModel", Set.of("*")),
            Map.entry("hudson.util.Secret", Set.of("fromString", "getPlainText", "toString")),
            Map.entry("hudson.util.ListBoxModel$Option", Set.of("*")),
            Map.entry("hudson.init.InitMilestone", Set.of("toString")),
            Map.entry("hudson.init.TermMilestone", Set.of("toString")),
            Map.entry("jenkins.YesNoMaybe", Set.of("toBool")),
            Map.entry("jenkins.model.GlobalConfiguration", Set.of("getDescriptor")),
            Map.entry("jenkins.model.TransientActionFactory", Set.of("actionType")),
            Map.entry("jenkins.model.CauseOfInterruption$UserInterruption", Set.of("*")),
            Map.entry("org.jenkinsci.plugins.workflow.steps.StepExecution",
                    Set.of("getContext", "stop", "onResume", "getStatus", "blocksRestart")),
            Map.entry("org.jenkinsci.plugins.workflow.steps.FlowInterruptedException",
                    Set.of("getResult", "getCauses", "isActualInterruption", "setActualInterruption")),
            Map.entry("org.jenkinsci.plugins.workflow.steps.MissingContextVariableException", Set.of("getType", "getMessage")),
            Map.entry("org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback", Set.of("onStart")),
            Map.entry("org.jenkinsci.plugins.workflow.steps.EnvironmentExpander", Set.of("getSensitiveVariables")),
            Map.entry("com.cloudbees.plugins.credentials.BaseCredentials", Set.of("getScope")),
            Map.entry("com.cloudbees.plugins.credentials.impl.BaseStandardCredentials",
                    Set.of("getId", "getDescription", "equals", "hashCode")),
            Map.entry("com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel",
                    Set.of("with", "withEmptySelection", "includeEmptyValue", "includeCurrentValue", "addMissing")),
            Map.entry("org.jenkinsci.plugins.credentialsbinding.MultiBinding", Set.of("getCredentialsId")),
            Map.entry("org.jenkinsci.plugins.credentialsbinding.MultiBinding$MultiEnvironment", Set.of("*")),
            Map.entry("org.jenkinsci.plugins.credentialsbinding.MultiBinding$NullUnbinder", Set.of("*")),
            Map.entry("org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException", Set.of("*")));

    @Test
    void everyStubTypeLoadsAndInitialisesItsConstants() throws Exception {
        List<String> names = stubClassNames();
        assertThat(names).hasSizeGreaterThan(100);
        for (String name : names) {
            Class.forName(name, true, getClass().getClassLoader());
        }
    }

    @Test
    void everyMemberThatIsNotDeliberatelyWorkingThrowsUnsupportedOperation() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String name : stubClassNames()) {
            Class<?> type = Class.forName(name, true, getClass().getClassLoader());
            if (type.isAnnotation()) {
                continue;
            }
            Set<String> working = WORKING.getOrDefault(name, Set.of());
            if (working.contains("*")) {
                continue;
            }
            List<Method> methods = Stream.of(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()))
                    .filter(m -> !Modifier.isStatic(m.getModifiers()) && !Modifier.isAbstract(m.getModifiers()))
                    .filter(m -> !m.isSynthetic() && !m.isBridge())
                    .filter(m -> !working.contains(m.getName()))
                    .collect(Collectors.toList());
            if (methods.isEmpty()) {
                continue;
            }
            Object instance = minimalInstance(type);
            for (Method method : methods) {
                checked++;
                method.setAccessible(true);
                try {
                    method.invoke(instance, defaultArguments(method));
                    problems.add(method + " returned normally");
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof UnsupportedOperationException)) {
                        problems.add(method + " threw " + e.getCause());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(150);
    }

    private static List<String> stubClassNames() throws Exception {
        Path root = Paths.get(Extension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                String relative = root.relativize(p).toString();
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.').replace('\\', '.');
                boolean anonymous = name.matches(".*\\$\\d+.*");
                if (!anonymous && PACKAGES.stream().anyMatch(name::startsWith)) {
                    names.add(name);
                }
            });
        }
        return new ArrayList<>(names);
    }

    private Object minimalInstance(Class<?> type) throws Exception {
        if (type.isInterface()) {
            InvocationHandler handler = (proxy, method, args) -> method.isDefault()
                    ? InvocationHandler.invokeDefault(proxy, method, args)
                    : defaultValue(method.getReturnType());
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Class<?> concrete = type;
        if (Modifier.isAbstract(type.getModifiers())) {
            concrete = new ByteBuddy()
                    .subclass(type)
                    .method(ElementMatchers.isAbstract())
                    .intercept(StubMethod.INSTANCE)
                    .make()
                    .load(type.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
                    .getLoaded();
        }
        return allocateWithoutConstructor(concrete);
    }

    /** {@code sun.misc.Unsafe.allocateInstance}, looked up reflectively (a static reference is a javac warning). */
    private static Object allocateWithoutConstructor(Class<?> type) throws IOException {
        try {
            Class<?> unsafeType = Class.forName("sun.misc.Unsafe");
            Field f = unsafeType.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            Object unsafe = f.get(null);
            return unsafeType.getMethod("allocateInstance", Class.class).invoke(unsafe, type);
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot allocate " + type, e);
        }
    }

    private static Object[] defaultArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = defaultValue(types[i]);
        }
        return args;
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    }
}
