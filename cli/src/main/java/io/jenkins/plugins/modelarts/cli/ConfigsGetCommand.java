package io.jenkins.plugins.modelarts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.JobConfig;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "get", description = "One training job configuration in full: its request fields and the engine, flavor, dataset and pool details.")
final class ConfigsGetCommand implements Callable<Integer> {
    @Mixin
    HelpOption help = new HelpOption();

    @ParentCommand
    ConfigsCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "The configuration's name.")
    String name;

    @Option(names = "--type", paramLabel = "custom|sample", description = "config_type: custom (default) or sample.")
    String type;

    @Override
    public Integer call() {
        ModelArtsCommand root = parent.root;
        try (ModelArtsClient client = root.connect()) {
            JobConfig config = client.jobConfigs().get(name, ConfigsCommand.configType(type));
            Output out = root.output();
            out.object(config);
            print(out, config);
            return ExitCodes.OK;
        }
    }

    /** {@code field: value} per field the answer carries, in the API's names; lists and objects as compact JSON. */
    static void print(Output out, JobConfig config) {
        ObjectNode fields = Json.mapper().valueToTree(config);
        fields.remove("is_success");
        for (Map.Entry<String, JsonNode> f : fields.properties()) {
            if (!f.getValue().isNull()) {
                out.line(f.getKey() + ": " + (f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
            }
        }
    }
}
