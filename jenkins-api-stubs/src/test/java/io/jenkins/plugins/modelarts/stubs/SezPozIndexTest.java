package io.jenkins.plugins.modelarts.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import java.io.File;
import java.io.StringWriter;
import java.lang.reflect.AnnotatedElement;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import net.java.sezpoz.Indexable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves that a plugin compiled against the stubs gets the real SezPoz extension index written by javac. */
class SezPozIndexTest {

    @TempDir
    Path tmp;

    @Test
    void extensionIsIndexedBySezPoz() throws Exception {
        Path src = tmp.resolve("src/demo/Outer.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, String.join("\n",
                "package demo;",
                "import hudson.Extension;",
                "public class Outer {",
                "    @Extension(ordinal = 2)",
                "    public static class Impl {",
                "    }",
                "}",
                ""), StandardCharsets.UTF_8);
        Path out = Files.createDirectories(tmp.resolve("classes"));

        String stubs = locationOf(Extension.class);
        String sezpoz = locationOf(Indexable.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of(
                    "-classpath", stubs + File.pathSeparator + sezpoz,
                    // An explicit processor path keeps processing on even where JDK 23+ disables implicit processing.
                    "-processorpath", sezpoz,
                    "-d", out.toString()));
            Boolean ok = javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjects(src.toFile())).call();
            assertThat(ok).as("javac output: %s", diagnostics).isTrue();
        }

        Path index = out.resolve("META-INF/annotations/hudson.Extension");
        assertThat(index).isRegularFile();
        assertThat(Files.size(index)).isPositive();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            List<String> found = new ArrayList<>();
            for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, loader)) {
                AnnotatedElement element = item.element();
                found.add(((Class<?>) element).getName());
                assertThat(item.annotation().ordinal()).isEqualTo(2.0d);
            }
            assertThat(found).containsExactly("demo.Outer$Impl");
        }
    }

    private static String locationOf(Class<?> type) throws Exception {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
