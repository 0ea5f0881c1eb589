package io.jenkins.plugins.modelarts.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the stubs honest: every type and member the stubs declare (any visibility) must appear, with the same
 * signature, in {@code real-api-signatures.txt}, which lists the same members as read from the real Jenkins, plugin
 * and library sources (see {@code src/test/scripts/README.md}).
 *
 * <p>A line is {@code key: rendering}. Types: {@code binary-name: [meta-annotations] [@Deprecated] modifiers kind
 * name<type parameters> extends S implements I, J}. Members: {@code owner#name(arity)} for methods,
 * {@code owner#<init>(arity)} for constructors, {@code owner#name} for fields, then {@code @Deprecated}, modifiers,
 * type parameters, the generic return or field type, parameters and the throws clause. Names are binary names
 * ({@code Outer$Inner}); {@code @Deprecated} also stands for a javadoc {@code @deprecated} tag, which javac treats
 * the same way. Nullness annotations have class retention and are not compared here. Enum constructors are skipped.
 */
class StubSignaturesMatchRealApiTest {

    static final String RESOURCE = "/real-api-signatures.txt";

    @Test
    void everyStubMemberIsDeclaredTheSameWayByTheRealApi() throws Exception {
        Map<String, List<String>> real = readReal();
        assertThat(real).as("entries in " + RESOURCE).hasSizeGreaterThan(500);

        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String name : stubClassNames()) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            for (String line : render(type)) {
                checked++;
                String key = line.substring(0, line.indexOf(": "));
                List<String> candidates = real.getOrDefault(key, List.of());
                if (!candidates.contains(line)) {
                    problems.add("stub: " + line + "\n  real: "
                            + (candidates.isEmpty() ? "(not declared)" : String.join("\n        ", candidates)));
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(problems).as("stub declarations that the real API (" + RESOURCE + ") lacks or declares differently")
                .isEmpty();
    }

    @Test
    void renderingMatchesTheFileFormat() {
        assertThat(render(hudson.model.Result.class)).contains(
                "hudson.model.Result: public final class hudson.model.Result extends java.lang.Object"
                        + " implements java.io.Serializable, org.kohsuke.stapler.export.CustomExportedBean",
                "hudson.model.Result#combine(2): public static hudson.model.Result combine(hudson.model.Result, hudson.model.Result)",
                "hudson.model.Result#SUCCESS: public static final hudson.model.Result SUCCESS");
    }

    // ------------------------------------------------------------------ the real side

    static Map<String, List<String>> readReal() throws Exception {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        try (InputStream in = StubSignaturesMatchRealApiTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                byKey.computeIfAbsent(line.substring(0, line.indexOf(": ")), k -> new ArrayList<>()).add(line);
            }
        }
        return byKey;
    }

    static List<String> stubClassNames() throws Exception {
        Path root = Paths.get(Extension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                String relative = root.relativize(p).toString();
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.').replace('\\', '.');
                if (!name.matches(".*\\$\\d.*") && !name.endsWith("module-info") && !name.endsWith("package-info")) {
                    names.add(name);
                }
            });
        }
        return new ArrayList<>(names);
    }

    // ------------------------------------------------------------------ rendering the stubs

    private static final List<String> ORDER = List.of("public", "protected", "private", "abstract", "default", "static", "final");

    static List<String> render(Class<?> c) {
        List<String> out = new ArrayList<>();
        if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
            return out;
        }
        out.add(renderType(c));
        for (Field f : c.getDeclaredFields()) {
            if (f.isSynthetic()) {
                continue;
            }
            String head = join(deprecated(f), mods(f.getModifiers(), false));
            out.add(c.getName() + "#" + f.getName() + ": " + head + " " + type(f.getGenericType()) + " " + f.getName());
        }
        if (!c.isEnum()) {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (!k.isSynthetic()) {
                    out.add(renderExecutable(c, k, "<init>", null));
                }
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (!m.isSynthetic() && !m.isBridge()) {
                out.add(renderExecutable(c, m, m.getName(), m));
            }
        }
        return out;
    }

    static String renderType(Class<?> c) {
        int modifiers = c.getModifiers();
        String kind;
        if (c.isAnnotation()) {
            kind = "@interface";
        } else if (c.isInterface()) {
            kind = "interface";
        } else if (c.isEnum()) {
            kind = "enum";
        } else if (c.isRecord()) {
            kind = "record";
        } else {
            kind = "class";
        }
        if (c.isInterface()) {
            modifiers &= ~Modifier.ABSTRACT;
        }
        String meta = c.isAnnotation() ? metaAnnotations(c) : "";
        StringBuilder s = new StringBuilder(c.getName()).append(": ")
                .append(join(meta, deprecated(c), mods(modifiers, false), kind))
                .append(' ').append(c.getName()).append(typeParameters(c.getTypeParameters()));
        if (!c.isInterface()) {
            s.append(" extends ").append(type(c.getGenericSuperclass()));
        }
        Type[] interfaces = c.getGenericInterfaces();
        if (interfaces.length > 0) {
            s.append(" implements ").append(Stream.of(interfaces).map(StubSignaturesMatchRealApiTest::type)
                    .collect(Collectors.joining(", ")));
        }
        return s.toString();
    }

    private static String metaAnnotations(Class<?> c) {
        Set<String> simple = Set.of("Documented", "Inherited", "Indexed", "Indexable", "FunctionalInterface");
        List<String> out = new ArrayList<>();
        for (Annotation a : c.getAnnotations()) {
            String name = a.annotationType().getSimpleName();
            if (a instanceof Retention r) {
                out.add("@Retention(" + r.value().name() + ")");
            } else if (a instanceof Target t) {
                out.add("@Target(" + Stream.of(t.value()).map(Enum::name).sorted().distinct().collect(Collectors.joining(",")) + ")");
            } else if (simple.contains(name)) {
                out.add("@" + name);
            }
        }
        return out.stream().sorted().collect(Collectors.joining(" "));
    }

    private static String renderExecutable(Class<?> owner, Executable e, String name, Method method) {
        // an inner class's constructor takes its outer instance as a mandated (implicit) first parameter
        List<Parameter> params = Stream.of(e.getParameters())
                .filter(p -> !p.isSynthetic() && !(method == null && p.isImplicit()))
                .collect(Collectors.toList());
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Type t = params.get(i).getParameterizedType();
            if (e.isVarArgs() && i == params.size() - 1) {
                rendered.add(componentOf(t) + "...");
            } else {
                rendered.add(type(t));
            }
        }
        int modifiers = e.getModifiers();
        boolean isDefault = method != null && method.isDefault();
        String head = join(deprecated(e), mods(modifiers, isDefault));
        String tp = typeParameters(e.getTypeParameters());
        StringBuilder s = new StringBuilder(owner.getName()).append('#').append(name).append('(').append(params.size())
                .append("): ");
        if (!head.isEmpty()) {
            s.append(head).append(' ');
        }
        if (!tp.isEmpty()) {
            s.append(tp).append(' ');
        }
        if (method != null) {
            s.append(type(method.getGenericReturnType())).append(' ');
        }
        s.append(name).append('(').append(String.join(", ", rendered)).append(')');
        Type[] exceptions = e.getGenericExceptionTypes();
        if (exceptions.length > 0) {
            s.append(" throws ").append(Stream.of(exceptions).map(StubSignaturesMatchRealApiTest::type)
                    .collect(Collectors.joining(", ")));
        }
        if (method != null && method.getDefaultValue() != null) {
            s.append(" default");
        }
        return s.toString();
    }

    private static String componentOf(Type t) {
        if (t instanceof GenericArrayType g) {
            return type(g.getGenericComponentType());
        }
        return type(((Class<?>) t).getComponentType());
    }

    private static String deprecated(java.lang.reflect.AnnotatedElement e) {
        return e.isAnnotationPresent(Deprecated.class) ? "@Deprecated" : "";
    }

    private static String mods(int modifiers, boolean isDefault) {
        Set<String> present = new HashSet<>(Arrays.asList(Modifier.toString(modifiers
                & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL))
                .split(" ")));
        if (isDefault) {
            present.add("default");
        }
        return ORDER.stream().filter(present::contains).collect(Collectors.joining(" "));
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(" "));
    }

    private static String typeParameters(TypeVariable<?>[] vars) {
        if (vars.length == 0) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (TypeVariable<?> v : vars) {
            List<String> bounds = Stream.of(v.getBounds()).filter(b -> b != Object.class)
                    .map(StubSignaturesMatchRealApiTest::type).collect(Collectors.toList());
            out.add(v.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
        }
        return "<" + String.join(", ", out) + ">";
    }

    static String type(Type t) {
        if (t instanceof Class<?> c) {
            return c.isArray() ? type(c.getComponentType()) + "[]" : c.getName();
        }
        if (t instanceof ParameterizedType p) {
            return type(p.getRawType()) + "<" + Stream.of(p.getActualTypeArguments())
                    .map(StubSignaturesMatchRealApiTest::type).collect(Collectors.joining(", ")) + ">";
        }
        if (t instanceof GenericArrayType g) {
            return type(g.getGenericComponentType()) + "[]";
        }
        if (t instanceof TypeVariable<?> v) {
            return v.getName();
        }
        if (t instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + type(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + type(upper);
        }
        throw new IllegalArgumentException(String.valueOf(t));
    }
}
