package io.jenkins.plugins.modelarts.jenkins;

import io.jenkins.plugins.modelarts.jenkins.steps.TrainStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every compiled class of the plugin (not its tests), loaded from the folder or jar the plugin's classes come from. */
public final class PluginClasses {
    private PluginClasses() {}

    public static List<Class<?>> all() {
        try {
            Path root = Path.of(TrainStep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(root)) { // a jar: read it as a file system
                try (var fs = java.nio.file.FileSystems.newFileSystem(root)) {
                    return load(fs.getPath("/"));
                }
            }
            return load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> load(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && n.startsWith("io/jenkins/plugins/modelarts/jenkins/"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .<Class<?>>map(PluginClasses::forName)
                    .toList();
        }
    }

    private static Class<?> forName(String name) {
        try {
            return Class.forName(name, false, PluginClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
