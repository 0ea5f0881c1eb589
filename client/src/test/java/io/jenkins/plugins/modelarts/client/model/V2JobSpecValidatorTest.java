package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class V2JobSpecValidatorTest {

    static ObjectNode valid() {
        return (ObjectNode) Fixtures.parse("""
                {"kind": "job",
                 "metadata": {"name": "resnet-42", "description": "nightly"},
                 "algorithm": {"code_dir": "obs://bucket/src/", "boot_file": "obs://bucket/src/train.py",
                               "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"},
                               "parameters": [{"name": "lr", "value": "0.1"}]},
                 "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1}}}
                """);
    }

    private static List<String> problems(JsonNode body) {
        return V2JobSpecValidator.problems(body);
    }

    @Test
    void validSpecHasNoProblems() {
        assertThat(problems(valid())).isEmpty();
        assertThat(V2JobSpecValidator.name(valid())).isEqualTo("resnet-42");
    }

    @Test
    void eachWayToNameAnAlgorithmIsAccepted() {
        for (String algorithm : new String[] {
            "{\"id\": \"algo-1\"}",
            "{\"subscription_id\": \"s\", \"item_version_id\": \"v\"}",
            "{\"code_dir\": \"/bucket/src/\", \"boot_file\": \"/bucket/src/a.py\"}",
            "{\"engine\": {\"image_url\": \"org/image:1\"}, \"command\": \"python train.py\"}",
            "{\"code_dir\": \"/bucket/src/\", \"engine\": {\"image_url\": \"org/image:1\"}, \"command\": \"python a.py\"}"
        }) {
            ObjectNode body = valid();
            body.set("algorithm", Fixtures.parse(algorithm));
            assertThat(problems(body)).as(algorithm).isEmpty();
        }
    }

    @Test
    void specWithSeveralMistakesListsThemAll() {
        JsonNode body = Fixtures.parse("""
                {"kind": "", "metadata": {"name": "bad name", "description": "%s"},
                 "algorithm": {"subscription_id": "s", "boot_file": "/b/a.py", "engine": {"engine_name": "PyTorch"}},
                 "spec": {"resource": {"node_count": 0}}}
                """.formatted("d".repeat(257)));

        RequestValidationException e = catchThrowableOfType(RequestValidationException.class, () -> V2JobSpecValidator.validate(body));

        assertThat(e.problems()).containsExactly(
                "kind must be a non-blank string such as job, or left out",
                "metadata.name 'bad name' is not valid: expected 1-64 letters, digits, '_' or '-'",
                "metadata.description is 257 characters long: at most 256 are allowed",
                "algorithm.item_version_id is required with algorithm.subscription_id",
                "algorithm.code_dir is required with algorithm.boot_file: the boot file lies in the code directory",
                "algorithm.engine.engine_version is required with algorithm.engine.engine_name",
                "spec.resource needs flavor_id (public pool) or pool_id (dedicated pool)",
                "spec.resource.node_count is 0: expected an integer, at least 1");
        assertThat(e.getMessage()).startsWith("Training job spec is not valid (8 problems)");
    }

    @Test
    void missingSectionsAreReported() {
        assertThat(problems(Fixtures.parse("{}"))).containsExactly(
                "metadata is required: an object with at least a name",
                "algorithm is required: set id, subscription_id + item_version_id, code_dir + boot_file, or engine.image_url + command",
                "spec.resource is required: flavor_id (public pool) or pool_id, and node_count");
        assertThat(problems(Fixtures.parse("[]"))).containsExactly(
                "the body must be a JSON object with metadata, algorithm and spec");
        assertThat(problems(null)).hasSize(1);
    }

    @Test
    void metadataNameIsRequired() {
        ObjectNode body = valid();
        ((ObjectNode) body.get("metadata")).remove("name");

        assertThat(problems(body)).containsExactly("metadata.name is required: 1-64 letters, digits, '_' or '-'");
    }

    @Test
    void algorithmMustSaySomethingToRun() {
        ObjectNode body = valid();
        body.set("algorithm", Fixtures.parse("{\"parameters\": []}"));

        assertThat(problems(body)).containsExactly("algorithm says nothing to run: set id, subscription_id + item_version_id,"
                + " code_dir + boot_file, or engine.image_url + command");
    }

    @Test
    void customImageNeedsACommandAndCodeDirectoryNeedsABootFile() {
        ObjectNode body = valid();
        body.set("algorithm", Fixtures.parse("{\"code_dir\": \"/bucket/src/\", \"engine\": {\"image_url\": \"org/img:1\"}}"));

        assertThat(problems(body)).containsExactly(
                "algorithm.boot_file is required with algorithm.code_dir, unless a custom image (engine.image_url) runs a command",
                "algorithm.command is required with algorithm.engine.image_url: the command that starts training");
    }

    @Test
    void idAndSubscriptionAreExclusive() {
        ObjectNode body = valid();
        body.set("algorithm", Fixtures.parse("{\"id\": \"a\", \"subscription_id\": \"s\", \"item_version_id\": \"v\"}"));

        assertThat(problems(body)).containsExactly("algorithm.id and algorithm.subscription_id are both set: use one algorithm");
    }

    @Test
    void nodeCountIsARequiredPositiveInteger() {
        ObjectNode body = valid();
        ObjectNode resource = (ObjectNode) body.path("spec").path("resource");
        resource.remove("node_count");
        assertThat(problems(body)).containsExactly("spec.resource.node_count is required: the number of nodes, at least 1");
        resource.put("node_count", "2");
        assertThat(problems(body)).containsExactly("spec.resource.node_count is \"2\": expected an integer, at least 1");
        resource.put("node_count", 1.5);
        assertThat(problems(body)).containsExactly("spec.resource.node_count is 1.5: expected an integer, at least 1");
        resource.remove("flavor_id");
        resource.put("pool_id", "pool-1");
        resource.put("node_count", 4);
        assertThat(problems(body)).isEmpty();
    }
}
