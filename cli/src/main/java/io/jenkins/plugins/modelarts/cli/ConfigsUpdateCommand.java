package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.JobConfig;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.core.config.ConfigOverrides;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "update", description = {"Change a stored training job configuration: it is read, the file's fields and then the flags",
            "replace its own (the same rules as `train --config`), and the result is stored in its place."})
final class ConfigsUpdateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help = new HelpOption();

    @ParentCommand
    ConfigsCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "The configuration's name.")
    String name;

    @Option(names = "--file", paramLabel = "CONFIG.json", description = "Fields to replace (a flat configuration body).")
    Path file;

    @Option(names = "--desc", paramLabel = "TEXT", description = "A new config_desc (else the file's, else the current one).")
    String desc;

    @Mixin
    ConfigFlags flags = new ConfigFlags();

    @Override
    public Integer call() {
        JobConfig fromFile = file == null ? null : JobSpecLoader.loadConfig(file);
        if (fromFile == null && desc == null && flags.isEmpty()) {
            throw new UsageException("nothing to change: give --file, --desc or a field flag (see `modelarts configs update --help`)");
        }
        ModelArtsCommand root = parent.root;
        try (ModelArtsClient client = root.connect()) {
            JobConfig current = client.jobConfigs().get(name);
            TrainingJobConfig fields = current.toTrainingJobConfig();
            if (fromFile != null) {
                fields = ConfigOverrides.apply(fields, fromFile.toTrainingJobConfig());
            }
            fields = ConfigsCreateCommand.resolve(client, ConfigOverrides.apply(fields, flags.overrides()), flags);
            String description = desc != null ? desc : fromFile != null && fromFile.configDesc() != null
                    ? fromFile.configDesc() : current.configDesc();
            client.jobConfigs().update(name, JobConfig.of(name, description, fields));
            root.context().err().println("Updated training job configuration '" + name + "'");
            return printStored(root, client, name);
        }
    }

    /** Reads the stored configuration back: JSON with {@code -o json}, its name otherwise. */
    static int printStored(ModelArtsCommand root, ModelArtsClient client, String name) {
        Output out = root.output();
        if (out.json()) {
            out.object(client.jobConfigs().get(name));
        }
        out.line(name);
        return ExitCodes.OK;
    }
}
