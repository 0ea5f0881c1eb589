package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete", description = "Delete a stored training job configuration.")
final class ConfigsDeleteCommand implements Callable<Integer> {
    @Mixin
    HelpOption help = new HelpOption();

    @ParentCommand
    ConfigsCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "The configuration's name.")
    String name;

    @Override
    public Integer call() {
        ModelArtsCommand root = parent.root;
        try (ModelArtsClient client = root.connect()) {
            client.jobConfigs().delete(name);
            root.context().err().println("Deleted training job configuration '" + name + "'");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("config_name", name);
            result.put("deleted", true);
            Output out = root.output();
            out.object(result);
            out.line(name);
            return ExitCodes.OK;
        }
    }
}
