package io.jenkins.plugins.modelarts.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSpecLoaderTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    @Test
    void readsTheV1ExampleAsACreateRequest() {
        JobSpec spec = JobSpecLoader.load(EXAMPLES.resolve("train-v1.json"));
        assertThat(spec).isInstanceOf(JobSpec.V1.class);
        JobSpec.V1 v1 = (JobSpec.V1) spec;
        assertThat(v1.jobName()).isEqualTo("resnet50-flowers");
        assertThat(v1.request().config().specId()).isEqualTo(1L);
        assertThat(v1.request().config().parameter()).hasSize(2);
    }

    @Test
    void aTopLevelKindOrMetadataMakesAV2Spec() {
        JobSpec spec = JobSpecLoader.load(EXAMPLES.resolve("train-v2.json"));
        assertThat(spec).isInstanceOf(JobSpec.V2.class);
        assertThat(spec.jobName()).isEqualTo("bert-finetune");
    }

    @Test
    void listsEveryProblemOfABrokenSpecAtOnce() {
        assertThatThrownBy(() -> JobSpecLoader.load(EXAMPLES.resolve("broken-v1.json")))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Job spec " + EXAMPLES.resolve("broken-v1.json"));
                    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(5);
                    assertThat(String.join("\n", e.problems()))
                            .contains("job_name")
                            .contains("worker_server_num")
                            .contains("boot_file_url")
                            .contains("spec_id")
                            .contains("dataset");
                });
    }

    @Test
    void syntaxErrorsSayWhere() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"job_name\": \"x\",\n  \"config\": {\n}");
        assertThatThrownBy(() -> JobSpecLoader.load(file))
                .isInstanceOfSatisfying(RequestValidationException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith("not valid JSON at line 4"));
    }

    @Test
    void emptyMissingAndNonObjectFilesAreRefusedClearly() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "  \n");
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertThatThrownBy(() -> JobSpecLoader.load(empty)).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> JobSpecLoader.load(array)).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> JobSpecLoader.load(dir.resolve("absent.json")))
                .isInstanceOf(RequestValidationException.class)
                .hasMessageContaining("the file does not exist");
    }

    @Test
    void aV2SpecIsValidatedToo() {
        assertThatThrownBy(() -> JobSpecLoader.parse("spec", "{\"kind\":\"job\",\"metadata\":{\"name\":\"bad name!\"}}"))
                .isInstanceOfSatisfying(RequestValidationException.class,
                        e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2));
    }

    private static java.util.List<String> problemsOf(String text) {
        try {
            JobSpecLoader.parse("spec.json", text);
        } catch (RequestValidationException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void trailingContentAfterTheDocumentIsRefusedNamingItsLine() {
        assertThat(problemsOf("{\"job_name\": \"a\",\n \"config\": {}}\n{\"job_name\": \"b\"}\n"))
                .singleElement().asString().contains("line 3").contains("trailing");
        assertThat(problemsOf("{\"kind\": \"job\"} x")).singleElement().asString().contains("line 1");
    }

    @Test
    void aDuplicateKeyIsRefusedNamingTheKeyAndItsLine() {
        assertThat(problemsOf("{\"kind\": \"job\",\n \"metadata\": {\"name\": \"a\",\n  \"name\": \"b\"}}"))
                .singleElement().asString().contains("line 3").contains("'name'");
        assertThat(problemsOf("{\"job_name\": \"a\", \"job_name\": \"b\", \"config\": {}}"))
                .singleElement().asString().contains("line 1").contains("'job_name'");
    }
}
