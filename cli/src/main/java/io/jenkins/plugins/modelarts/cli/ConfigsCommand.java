package io.jenkins.plugins.modelarts.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code modelarts configs ...}: stored v1 training job configurations (seed 003). */
@Command(name = "configs", description = {"List, read, create, update and delete stored training job configurations.",
            "Stored v1 training job configurations (and the vendor's samples, with --type sample) are reusable job",
            "parameters under a name. Start a job from one with `modelarts train --config NAME`."},
        subcommands = {
            ConfigsListCommand.class,
            ConfigsGetCommand.class,
            ConfigsCreateCommand.class,
            ConfigsUpdateCommand.class,
            ConfigsDeleteCommand.class
        })
final class ConfigsCommand implements Runnable {
    @Mixin
    HelpOption help = new HelpOption();

    @ParentCommand
    ModelArtsCommand root;

    @Spec
    CommandSpec spec;

    /** {@code --type}: null, custom or sample. */
    static String configType(String type) {
        if (type != null && !io.jenkins.plugins.modelarts.client.model.JobConfigQuery.CONFIG_TYPES.contains(type)) {
            throw new UsageException("--type '" + type + "' is not valid: expected custom or sample");
        }
        return type;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: list, get, create, update or delete"
                + " (try `modelarts configs --help`)");
    }
}
