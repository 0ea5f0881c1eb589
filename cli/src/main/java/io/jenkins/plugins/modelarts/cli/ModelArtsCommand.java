package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code modelarts} command: global options; its subcommands are registered by {@link Subcommands}. */
@Command(
        name = "modelarts",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Create, watch and stop Huawei Cloud ModelArts training jobs.",
        footer = {
            "",
            "Configuration: flags, else $MODELARTS_ENDPOINT (or $HUAWEICLOUD_SDK_REGION), $HUAWEICLOUD_SDK_PROJECT_ID,",
            "$HUAWEICLOUD_SDK_AK, $HUAWEICLOUD_SDK_SK and $HUAWEICLOUD_SDK_SECURITY_TOKEN.",
            "Exit codes: 0 ok/completed, 1 job failed or stopped, 2 bad input, 3 API or network error, 4 wait timed out,",
            "5 gate failed, 6 gate unstable, 70 a bug in this command (run with --verbose and report it),",
            "130 interrupted (Ctrl-C) while waiting: the job keeps running.",
            "Try it without a cloud account: modelarts demo"
        })
public final class ModelArtsCommand implements Runnable {
    private final CliContext context;

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    public ModelArtsCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    GlobalOptions options() {
        return options;
    }

    Output output() {
        return new Output(context.out(), options.json());
    }

    ModelArtsClient connect() {
        return new ConnectionSettings(options, context).connect();
    }

    ConnectionSettings connectionSettings() {
        return new ConnectionSettings(options, context);
    }

    /** The job's page in the ModelArts console of the connection's region; empty for other endpoints (the emulator). */
    java.util.Optional<String> consoleLink(io.jenkins.plugins.modelarts.core.job.JobRef ref) {
        String region = options.region != null ? options.region : context.env(ConnectionSettings.REGION);
        String endpoint = options.endpoint != null ? options.endpoint : context.env(ConnectionSettings.ENDPOINT);
        return io.jenkins.plugins.modelarts.core.report.ConsoleLinks.job(ref, region, endpoint);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command; to try every command without a cloud account: modelarts demo");
    }
}
