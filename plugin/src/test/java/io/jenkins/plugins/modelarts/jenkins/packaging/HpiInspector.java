package io.jenkins.plugins.modelarts.jenkins.packaging;

import hudson.Extension;
import hudson.init.Terminator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jenkins.YesNoMaybe;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Opens a built {@code .hpi} and lists everything a Jenkins controller would find wrong or missing when it loads
 * it: the manifest attributes maven-hpi-plugin writes and core reads, plugin dependencies that match the plugin
 * packages the code uses, no Jenkins-provided class bundled, the SezPoz and annotation-indexer indexes complete,
 * constructor parameter names Stapler can read, and views and help files that belong to existing classes.
 */
final class HpiInspector {
    /** The packages each plugin the code may use provides; core's packages need no entry. */
    static final Map<String, List<String>> PLUGIN_PACKAGES = new LinkedHashMap<>();

    static {
        PLUGIN_PACKAGES.put("workflow-step-api", List.of("org/jenkinsci/plugins/workflow/steps/"));
        PLUGIN_PACKAGES.put("workflow-api", List.of("org/jenkinsci/plugins/workflow/flow/",
                "org/jenkinsci/plugins/workflow/graph/", "org/jenkinsci/plugins/workflow/actions/",
                "org/jenkinsci/plugins/workflow/log/"));
        PLUGIN_PACKAGES.put("structs", List.of("org/jenkinsci/plugins/structs/"));
        PLUGIN_PACKAGES.put("credentials", List.of("com/cloudbees/plugins/credentials/"));
        PLUGIN_PACKAGES.put("credentials-binding", List.of("org/jenkinsci/plugins/credentialsbinding/"));
        PLUGIN_PACKAGES.put("jackson2-api", List.of());
        PLUGIN_PACKAGES.put("okhttp-api", List.of());
    }

    /** Packages of Jenkins core and of other plugins: never inside the plugin's own libraries. */
    static final List<String> PROVIDED_PACKAGES = List.of("hudson/", "jenkins/", "org/kohsuke/stapler/",
            "org/jenkinsci/", "com/cloudbees/", "org/jvnet/hudson/", "net/sf/json/", "javax/servlet/",
            "jakarta/servlet/", "net/java/sezpoz/");

    /**
     * Test support: the emulator's JUnit extension, the plugin's runtime installer for tests, and test
     * libraries. Never in what users install.
     */
    static final List<String> TEST_SUPPORT = List.of("io/jenkins/plugins/modelarts/emulator/ModelArtsEmulatorExtension",
            "io/jenkins/plugins/modelarts/jenkins/connection/InstalledRuntime", "org/junit/", "org/assertj/",
            "mockwebserver3/", "com/tngtech/archunit/");

    static final List<String> REQUIRED_ATTRIBUTES = List.of("Manifest-Version", "Group-Id", "Artifact-Id", "Short-Name",
            "Long-Name", "Plugin-Version", "Jenkins-Version", "Hudson-Version", "Plugin-Dependencies",
            "Plugin-License-Name", "Plugin-License-Url");

    private static final Pattern DEPENDENCY = Pattern.compile("[a-z0-9][a-z0-9-]*:[0-9][\\w.-]*(;resolution:=optional)?");
    private static final String PLUGIN_JAR = "WEB-INF/lib/modelarts.jar";
    private static final String VIEWS_ROOT = "io/jenkins/plugins/modelarts/jenkins/";

    private final Path hpi;
    private final List<String> problems = new ArrayList<>();

    private HpiInspector(Path hpi) {
        this.hpi = hpi;
    }

    static List<String> problems(Path hpi) throws IOException {
        HpiInspector inspector = new HpiInspector(hpi);
        inspector.inspect();
        return inspector.problems;
    }

    private void inspect() throws IOException {
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            Attributes manifest = manifest(zip);
            ZipEntry pluginJar = zip.getEntry(PLUGIN_JAR);
            if (pluginJar == null) {
                problems.add("no " + PLUGIN_JAR);
                return;
            }
            Map<String, byte[]> plugin = entries(zip.getInputStream(pluginJar));
            checkDependencies(manifest, plugin);
            checkLibraries(zip);
            Path extracted = Files.createTempFile("modelarts", ".jar");
            try {
                try (InputStream in = zip.getInputStream(pluginJar)) {
                    Files.copy(in, extracted, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                checkIndexesAndClasses(manifest, plugin, extracted);
            } finally {
                Files.deleteIfExists(extracted);
            }
        }
    }

    private Attributes manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("META-INF/MANIFEST.MF");
        if (entry == null) {
            problems.add("no META-INF/MANIFEST.MF");
            return new Attributes();
        }
        Attributes main;
        try (InputStream in = zip.getInputStream(entry)) {
            main = new Manifest(in).getMainAttributes();
        }
        for (String name : REQUIRED_ATTRIBUTES) {
            String value = main.getValue(name);
            if (value == null || value.isBlank()) {
                problems.add("manifest attribute " + name + " is missing");
            }
        }
        String shortName = main.getValue("Short-Name");
        if (shortName != null && !shortName.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add("Short-Name '" + shortName + "' is not a plugin id");
        }
        String jenkins = main.getValue("Jenkins-Version");
        if (jenkins != null && !jenkins.matches("\\d+(\\.\\d+)+")) {
            problems.add("Jenkins-Version '" + jenkins + "' is not a version");
        }
        if (jenkins != null && !jenkins.equals(main.getValue("Hudson-Version"))) {
            problems.add("Hudson-Version differs from Jenkins-Version");
        }
        return main;
    }

    /** Each declared plugin is one whose packages the code uses, and each used plugin package is declared. */
    private void checkDependencies(Attributes manifest, Map<String, byte[]> plugin) {
        Set<String> declared = new TreeSet<>();
        String value = manifest.getValue("Plugin-Dependencies");
        if (value != null && !value.isBlank()) {
            for (String entry : value.split(",")) {
                if (!DEPENDENCY.matcher(entry).matches()) {
                    problems.add("Plugin-Dependencies entry '" + entry + "' is not name:version[;resolution:=optional]");
                }
                declared.add(entry.substring(0, Math.max(0, entry.indexOf(':'))));
            }
        }
        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : plugin.entrySet()) {
            if (!e.getKey().endsWith(".class")) {
                continue;
            }
            String text = new String(e.getValue(), StandardCharsets.ISO_8859_1);
            PLUGIN_PACKAGES.forEach((name, packages) -> {
                if (packages.stream().anyMatch(text::contains)) {
                    used.add(name);
                }
            });
            int at = text.indexOf("org/jenkinsci/plugins/");
            while (at >= 0) {
                String rest = text.substring(at);
                if (PLUGIN_PACKAGES.values().stream().flatMap(List::stream).noneMatch(rest::startsWith)) {
                    problems.add(e.getKey() + " uses " + rest.substring(0, Math.min(rest.length(), 60)).split("[;<\\x00-\\x1f]")[0]
                            + ", whose plugin is not known here");
                }
                at = text.indexOf("org/jenkinsci/plugins/", at + 1);
            }
        }
        for (String name : used) {
            if (!declared.contains(name)) {
                problems.add("the code uses " + name + " but Plugin-Dependencies does not list it");
            }
        }
        for (String name : declared) {
            if (!used.contains(name)) {
                problems.add("Plugin-Dependencies lists " + name + ", which the code does not use");
            }
        }
    }

    private void checkLibraries(ZipFile zip) throws IOException {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
            String name = entry.getName();
            if (!name.startsWith("WEB-INF/lib/") || !name.endsWith(".jar")) {
                continue;
            }
            if (name.contains("jenkins-api-stubs") || name.contains("jenkins-index-processor")) {
                problems.add(name + " is compile-only and must not be bundled");
            }
            Map<String, byte[]> jar = entries(zip.getInputStream(entry));
            checkNoTestSupport(name, jar);
            for (String inside : jar.keySet()) {
                if (inside.endsWith(".class") && PROVIDED_PACKAGES.stream().anyMatch(inside::startsWith)) {
                    problems.add(name + " bundles " + inside + ", which Jenkins provides");
                    break;
                }
            }
        }
    }

    private void checkNoTestSupport(String jarName, Map<String, byte[]> jar) {
        for (Map.Entry<String, byte[]> inside : jar.entrySet()) {
            String name = inside.getKey();
            if (name.endsWith(".class") && TEST_SUPPORT.stream().anyMatch(name::startsWith)) {
                problems.add(jarName + " bundles test support " + name);
            } else if (name.endsWith(".class") && new String(inside.getValue(), StandardCharsets.ISO_8859_1).contains("installForTests")) {
                problems.add(jarName + " bundles test support: " + name + " has installForTests");
            }
        }
    }

    private void checkIndexesAndClasses(Attributes manifest, Map<String, byte[]> plugin, Path jar) throws IOException {
        Set<String> symbolIndex = lines(plugin.get("META-INF/services/annotations/org.jenkinsci.Symbol"));
        Set<String> terminatorIndex = lines(plugin.get("META-INF/services/annotations/hudson.init.Terminator"));
        if (!plugin.containsKey("META-INF/annotations/hudson.Extension")) {
            problems.add("no SezPoz index META-INF/annotations/hudson.Extension");
        }
        if (!plugin.containsKey("index.jelly")) {
            problems.add("no index.jelly (the plugin's description in the plugin manager)");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                new WithoutThePlugin(HpiInspector.class.getClassLoader()))) {
            Set<String> indexedExtensions = new TreeSet<>();
            Set<YesNoMaybe> dynamic = new TreeSet<>();
            for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, loader)) {
                if (item.className().startsWith("io.jenkins.plugins.modelarts.")) {
                    indexedExtensions.add(item.className());
                    dynamic.add(item.annotation().dynamicLoadable());
                }
            }
            Set<String> extensions = new TreeSet<>();
            Set<String> symbols = new TreeSet<>();
            Set<String> terminators = new TreeSet<>();
            for (String entry : plugin.keySet()) {
                if (!entry.endsWith(".class") || entry.equals("module-info.class")) {
                    continue;
                }
                Class<?> type = loadFrom(loader, entry);
                if (type == null || type.getClassLoader() != loader) {
                    problems.add(entry + " is not loaded from the plugin's jar");
                    continue;
                }
                if (annotated(type, Extension.class)) {
                    extensions.add(type.getName());
                }
                if (type.isAnnotationPresent(Symbol.class)) {
                    symbols.add(type.getName());
                }
                if (Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Terminator.class))) {
                    terminators.add(type.getName());
                }
                checkParameterNames(type);
            }
            compare("hudson.Extension (SezPoz)", extensions, indexedExtensions);
            compare("org.jenkinsci.Symbol", symbols, symbolIndex);
            compare("hudson.init.Terminator", terminators, terminatorIndex);
            boolean allMaybe = dynamic.stream().allMatch(d -> d == YesNoMaybe.MAYBE);
            if (allMaybe == (manifest.getValue("Support-Dynamic-Loading") != null)) {
                problems.add("Support-Dynamic-Loading must be present exactly when an extension says yes or no");
            }
            checkViews(plugin, loader);
        }
    }

    /**
     * The test class path without the plugin's own classes and indexes (they are on it too, from target/classes):
     * a loader over the jar with this parent loads the plugin from the jar, and Jenkins (the stubs here) and the
     * libraries from the test class path.
     */
    private static final class WithoutThePlugin extends ClassLoader {
        WithoutThePlugin(ClassLoader tests) {
            super(tests);
        }

        private static boolean hidden(String resource) {
            return resource.startsWith("META-INF/annotations/") || resource.startsWith("META-INF/services/annotations/")
                    || resource.startsWith(VIEWS_ROOT);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.jenkins.plugins.modelarts.jenkins.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return hidden(name) ? null : super.getResource(name);
        }

        @Override
        public java.util.Enumeration<URL> getResources(String name) throws IOException {
            return hidden(name) ? java.util.Collections.emptyEnumeration() : super.getResources(name);
        }
    }

    private static boolean annotated(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        if (type.isAnnotationPresent(annotation)) {
            return true;
        }
        List<AnnotatedElement> members = new ArrayList<>(Arrays.asList(type.getDeclaredFields()));
        members.addAll(Arrays.asList(type.getDeclaredMethods()));
        return members.stream().anyMatch(m -> m.isAnnotationPresent(annotation));
    }

    private void checkParameterNames(Class<?> type) {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class) && c.getParameterCount() > 0
                    && !c.isAnnotationPresent(CapturedParameterNames.class)
                    && !Arrays.stream(c.getParameters()).allMatch(java.lang.reflect.Parameter::isNamePresent)) {
                problems.add(type.getName() + ": Stapler cannot read the parameter names of its data-bound constructor");
            }
        }
    }

    /** Views and help files sit in a folder named after their class, {@code pkg/Outer/Inner/}: that class must exist. */
    private void checkViews(Map<String, byte[]> plugin, ClassLoader loader) {
        int views = 0;
        for (String entry : plugin.keySet()) {
            if (!entry.startsWith(VIEWS_ROOT) || entry.endsWith(".class") || entry.endsWith("/")) {
                continue;
            }
            if (!(entry.endsWith(".jelly") || entry.endsWith(".html") || entry.endsWith(".properties"))) {
                continue;
            }
            views++;
            String folder = entry.substring(0, entry.lastIndexOf('/'));
            String className = folder.replace('/', '.');
            if (loadNamed(loader, className) == null) {
                int dot = className.lastIndexOf('.');
                String nested = className.substring(0, dot) + "$" + className.substring(dot + 1);
                if (loadNamed(loader, nested) == null) {
                    problems.add(entry + " belongs to no class (" + className + ")");
                }
            }
        }
        if (views < 20) {
            problems.add("only " + views + " views and help files in the plugin's jar");
        }
    }

    private void compare(String index, Set<String> annotated, Set<String> listed) {
        for (String name : annotated) {
            if (!listed.contains(name)) {
                problems.add(name + " is annotated but missing from the " + index + " index");
            }
        }
        for (String name : listed) {
            if (!annotated.contains(name) && name.startsWith("io.jenkins.plugins.modelarts.")) {
                problems.add("the " + index + " index lists " + name + ", which carries no such annotation");
            }
        }
    }

    private static Class<?> loadFrom(ClassLoader loader, String entry) {
        return loadNamed(loader, entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
    }

    private static Class<?> loadNamed(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Set<String> lines(byte[] content) {
        Set<String> lines = new TreeSet<>();
        if (content != null) {
            for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.trim());
                }
            }
        }
        return lines;
    }

    private static Map<String, byte[]> entries(InputStream jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (JarInputStream in = new JarInputStream(jar)) {
            Manifest manifest = in.getManifest();
            if (manifest != null) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                manifest.write(bytes);
                entries.put("META-INF/MANIFEST.MF", bytes.toByteArray());
            }
            for (var entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
