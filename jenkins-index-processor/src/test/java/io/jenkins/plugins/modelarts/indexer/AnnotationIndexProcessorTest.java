package io.jenkins.plugins.modelarts.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin compiled against the stubs with this processor gets the index files annotation-indexer writes. */
class AnnotationIndexProcessorTest {
    @TempDir
    Path tmp;

    private Path compileWithProcessor(String... sources) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/demo"));
        for (int i = 0; i < sources.length; i += 2) {
            Files.writeString(src.resolve(sources[i]), sources[i + 1], StandardCharsets.UTF_8);
        }
        Path out = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            String stubs = Path.of(Symbol.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            var units = files.getJavaFileObjects(Files.list(src).map(Path::toFile).toArray(java.io.File[]::new));
            var task = javac.getTask(diagnostics, files, null, List.of("-classpath", stubs, "-d", out.toString()), null, units);
            task.setProcessors(List.of(new AnnotationIndexProcessor()));
            assertThat(task.call()).as("javac: %s", diagnostics).isTrue();
        }
        return out;
    }

    @Test
    void symbolsAndTerminatorsAreIndexedByTheClassThatCarriesThem() throws Exception {
        Path out = compileWithProcessor(
                "Steps.java", String.join("\n",
                        "package demo;",
                        "import org.jenkinsci.Symbol;",
                        "public class Steps {",
                        "    @Symbol(\"zeta\") public static class Zeta {}",
                        "    @Symbol(\"alpha\") public static class Alpha {}",
                        "}"),
                "Lifecycle.java", String.join("\n",
                        "package demo;",
                        "import hudson.init.Terminator;",
                        "public class Lifecycle {",
                        "    @Terminator public static void stop() {}",
                        "}"),
                "Plain.java", "package demo; @Deprecated public class Plain {}");

        assertThat(Files.readAllLines(out.resolve("META-INF/services/annotations/org.jenkinsci.Symbol")))
                .containsExactly("demo.Steps$Alpha", "demo.Steps$Zeta");
        assertThat(Files.readAllLines(out.resolve("META-INF/services/annotations/hudson.init.Terminator")))
                .containsExactly("demo.Lifecycle");
        assertThat(out.resolve("META-INF/services/annotations/java.lang.Deprecated")).as("not @Indexed").doesNotExist();
    }

    @Test
    void theProcessorIsFoundOnTheClassPathAsAServiceLikeTheRealOne() throws Exception {
        var services = getClass().getClassLoader().getResources("META-INF/services/javax.annotation.processing.Processor");
        StringBuilder named = new StringBuilder();
        while (services.hasMoreElements()) {
            try (var in = services.nextElement().openStream()) {
                named.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(named.toString()).contains(AnnotationIndexProcessor.class.getName());
    }
}
