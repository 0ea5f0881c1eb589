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
                 "algorithm": {"subscription_id": "s", "boot_file": "/bucket/a.py", "engine": {"engine_name": "PyTorch"}},
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

    @Test
    void wronglyTypedFieldsAreAllReportedAndNothingIsAccepted() {
        JsonNode body = Fixtures.parse("""
                {"kind": "job", "metadata": {"name": 42, "description": ["x"], "annotations": {"a": 1}},
                 "algorithm": {"code_dir": 3.0, "boot_file": "/bucket/src/a.py", "command": true,
                               "engine": "PyTorch", "parameters": {"lr": 1},
                               "inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": 3.0}}}], "outputs": "x"},
                 "spec": {"resource": {"flavor_id": 7, "node_count": 1}, "log_export_path": "/bucket/logs/",
                          "volumes": {}}}
                """);

        assertThat(problems(body)).containsExactlyInAnyOrder(
                "metadata.name is 42: expected a string of 1-64 letters, digits, '_' or '-'",
                "metadata.description is a list: expected a string",
                "metadata.annotations.a is a number (1): expected a string",
                "algorithm.code_dir is a number (3.0): expected a string",
                "algorithm.command is a boolean (true): expected a string",
                "algorithm.code_dir is a number (3.0): expected a string, an OBS path such as /bucket/path/ or obs://bucket/path/",
                "algorithm.engine is a string (\"PyTorch\"): expected an object",
                "algorithm.parameters is an object: expected a list",
                "algorithm.inputs[0].remote.obs.obs_url is a number (3.0): expected a string, an OBS path such as /bucket/path/ or obs://bucket/path/",
                "algorithm.outputs is a string (\"x\"): expected a list",
                "spec.resource.flavor_id is a number (7): expected a string",
                "spec.log_export_path is \"/bucket/logs/\": expected an object such as {\"obs_url\": \"/bucket/path/\"}",
                "spec.volumes is an object: expected a list");
    }

    @Test
    void pathsThatClimbOutOfTheirBucketOrAreNotObsPathsAreRefused() {
        ObjectNode body = valid();
        ((ObjectNode) body.get("spec")).set("log_export_path", Fixtures.parse("{\"obs_url\": \"../../etc/passwd\"}"));
        ((ObjectNode) body.get("algorithm")).put("boot_file", "obs://bucket/src/../../other/x.py");
        ((ObjectNode) body.get("algorithm")).set("outputs",
                Fixtures.parse("[{\"name\": \"train_url\", \"remote\": {\"obs\": {\"obs_url\": \"/bucket/./out/\"}}}]"));

        assertThat(problems(body)).containsExactlyInAnyOrder(
                "spec.log_export_path.obs_url '../../etc/passwd' is not an OBS path: expected /bucket/path/ or obs://bucket/path/",
                "algorithm.boot_file 'obs://bucket/src/../../other/x.py' must not contain '.' or '..' segments (/bucket/path/ or obs://bucket/path/)",
                "algorithm.outputs[0].remote.obs.obs_url '/bucket/./out/' must not contain '.' or '..' segments (/bucket/path/ or obs://bucket/path/)");
    }

    @Test
    void theBootFileMustLieInTheCodeDirectory() {
        ObjectNode body = valid();
        ((ObjectNode) body.get("algorithm")).put("boot_file", "obs://bucket/elsewhere/train.py");

        assertThat(problems(body)).containsExactly(
                "algorithm.boot_file 'obs://bucket/elsewhere/train.py' must lie in algorithm.code_dir 'obs://bucket/src/'");
    }

    @Test
    void outOfRangeNumbersAreReported() {
        ObjectNode body = valid();
        ((ObjectNode) body.path("spec").path("resource")).put("node_count", 1e12);
        ((ObjectNode) body.get("spec")).set("auto_stop", Fixtures.parse("{\"time_unit\": \"HOURS\", \"duration\": 1000}"));

        assertThat(problems(body)).containsExactly(
                "spec.resource.node_count is 1.0E12: expected an integer, at least 1",
                "spec.auto_stop.duration is 1000: expected an integer from 1 to 168");
        ((ObjectNode) body.get("spec")).set("auto_stop", Fixtures.parse("{\"time_unit\": \"DAYS\", \"duration\": 0}"));
        ((ObjectNode) body.path("spec").path("resource")).put("node_count", 2);
        assertThat(problems(body)).containsExactly(
                "spec.auto_stop.time_unit is \"DAYS\": expected HOURS or MINUTES",
                "spec.auto_stop.duration is 0: expected an integer from 1 to a week");
    }
}
