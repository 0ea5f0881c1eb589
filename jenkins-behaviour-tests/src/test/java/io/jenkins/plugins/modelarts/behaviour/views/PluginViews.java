package io.jenkins.plugins.modelarts.behaviour.views;

import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The plugin's Jelly views, read from the plugin's classes (folder or jar) the way Stapler finds them: the views of
 * class {@code a.b.C} are the resources {@code a/b/C/*.jelly}, of a nested class {@code a.b.C$D} in
 * {@code a/b/C/D/}, and a page not found on a class is looked up on its superclasses.
 */
public final class PluginViews {
    private final List<String> views;

    private PluginViews(List<String> views) {
        this.views = views;
    }

    public static PluginViews ofPlugin() {
        try {
            Path location = Path.of(ModelArtsBuildAction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return new PluginViews(list(location));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                return new PluginViews(list(jar.getPath("/")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".jelly"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Every view, as a resource path ({@code io/jenkins/.../config.jelly}). */
    public List<String> all() {
        return views;
    }

    public boolean exists(String view) {
        return views.contains(view);
    }

    public URL url(String view) {
        URL url = ModelArtsBuildAction.class.getClassLoader().getResource(view);
        if (url == null) {
            throw new IllegalArgumentException("no view " + view);
        }
        return url;
    }

    /** The view {@code page} of {@code type} as Stapler finds it ({@code .jelly} may be left off), if the plugin has it. */
    public Optional<String> find(Class<?> type, String page) {
        String file = page.endsWith(".jelly") ? page : page + ".jelly";
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String view = folderOf(c) + "/" + file;
            if (views.contains(view)) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }

    public static String folderOf(Class<?> type) {
        return type.getName().replace('.', '/').replace('$', '/');
    }

    /** The class whose view this is, null for the plugin's own {@code index.jelly}. */
    public static Class<?> ownerOf(String view) {
        int slash = view.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        String name = view.substring(0, slash).replace('/', '.');
        try {
            return Class.forName(name, false, PluginViews.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            int dot = name.lastIndexOf('.');
            try {
                return Class.forName(name.substring(0, dot) + "$" + name.substring(dot + 1), false, PluginViews.class.getClassLoader());
            } catch (ClassNotFoundException nested) {
                throw new IllegalArgumentException("no class for view " + view, nested);
            }
        }
    }

    public static String pageName(String view) {
        return view.substring(view.lastIndexOf('/') + 1);
    }
}
