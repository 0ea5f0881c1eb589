package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file under examples/ is run by a test of this module: a new example without a test fails here. */
class ExamplesCoveredTest {
    @Test
    void everyExampleFileIsNamedByATestOfThisModule() throws IOException {
        String tests;
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            tests = sources.filter(p -> p.toString().endsWith("Test.java") && !p.endsWith("ExamplesCoveredTest.java"))
                    .map(ExamplesCoveredTest::read).collect(Collectors.joining("\n"));
        }
        List<String> examples;
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            examples = files.filter(Files::isRegularFile).map(p -> Path.of("../examples").relativize(p).toString()).sorted().toList();
        }

        assertThat(examples).contains("Jenkinsfile", "train-v1.json");
        assertThat(examples).allSatisfy(name -> assertThat(tests.contains("\"" + name + "\"") || tests.contains("examples/" + name + "\""))
                .as("a test that runs examples/" + name).isTrue());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
