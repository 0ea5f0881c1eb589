package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.JobConfig;
import io.jenkins.plugins.modelarts.client.model.NameRules;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.core.config.ConfigOverrides;
import io.jenkins.plugins.modelarts.core.config.NameResolver;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "create", description = {"Store a training job configuration: the fields of a file (the API's flat body: config_desc,",
            "worker_server_num, app_url, ... at the top level) and of the flags, the flags replacing the file's.",
            "Everything is checked first (names 1-20 characters); nothing is sent if there is a problem (exit code 2)."})
final class ConfigsCreateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help = new HelpOption();

    @ParentCommand
    ConfigsCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "The new configuration's name: 1-20 letters, digits, '_' or '-'.")
    String name;

    @Option(names = "--file", paramLabel = "CONFIG.json", description = "The configuration's fields (a flat configuration body).")
    Path file;

    @Option(names = "--desc", paramLabel = "TEXT", description = "config_desc: at most 256 characters.")
    String desc;

    @Mixin
    ConfigFlags flags = new ConfigFlags();

    @Override
    public Integer call() {
        List<String> nameProblems = NameRules.configNameProblems("config_name", name);
        if (!nameProblems.isEmpty()) {
            throw new RequestValidationException(JobConfig.WHAT, nameProblems); // before the catalog is read
        }
        JobConfig fromFile = file == null ? null : JobSpecLoader.loadConfig(file);
        TrainingJobConfig base = fromFile == null ? TrainingJobConfig.builder().build() : fromFile.toTrainingJobConfig();
        String description = desc != null ? desc : fromFile == null ? null : fromFile.configDesc();
        ModelArtsCommand root = parent.root;
        try (ModelArtsClient client = root.connect()) {
            TrainingJobConfig fields = resolve(client, ConfigOverrides.apply(base, flags.overrides()), flags);
            client.jobConfigs().create(JobConfig.of(name, description, fields));
            root.context().err().println("Created training job configuration '" + name + "'");
            return ConfigsUpdateCommand.printStored(root, client, name);
        }
    }

    /** The SDK names resolved, and the workers checked against the flavor's max_num. */
    static TrainingJobConfig resolve(ModelArtsClient client, TrainingJobConfig config, ConfigFlags flags) {
        return new NameResolver(client.catalog()).resolve(config, flags.names());
    }
}
