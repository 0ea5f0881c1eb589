package io.jenkins.plugins.modelarts.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands of {@code modelarts}, built only when a command line needs them. Picocli builds the
 * model of every registered command (reflection over its fields and their types) before it parses, so a
 * command line that names a command after nothing but root options it knows gets that one command alone:
 * one call loads one command's classes, not twelve (docs/performance.md, "CLI start"). {@code modelarts
 * --help} (or {@code -h}) alone gets every command as its summary only (name and description), all the
 * top-level help lists. Anything else (no command, an unknown or misspelt one, help or version with more
 * arguments, {@code @file} arguments, an option this scan does not know) gets every command, so that
 * picocli sees what it always saw and answers the same: the same help, the same error and exit code.
 */
final class Subcommands {
    /** Every subcommand, in the order of the top-level help. */
    static final List<String> NAMES = List.of(
            "train", "wait", "versions", "jobs", "job", "configs", "stop", "logs", "report", "gate", "emulator", "demo");

    private Subcommands() {}

    /** The class of the command called {@code name}, one of {@link #NAMES}; picocli makes its instance. */
    static Class<?> type(String name) {
        return switch (name) {
            case "train" -> TrainCommand.class;
            case "wait" -> WaitCommand.class;
            case "versions" -> VersionsCommand.class;
            case "jobs" -> JobsCommand.class;
            case "job" -> JobCommand.class;
            case "configs" -> ConfigsCommand.class;
            case "stop" -> StopCommand.class;
            case "logs" -> LogsCommand.class;
            case "report" -> ReportCommand.class;
            case "gate" -> GateCommand.class;
            case "emulator" -> EmulatorCommand.class;
            case "demo" -> DemoCommand.class;
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** Registers the commands {@code args} need with the root command line; returns it. */
    static CommandLine addFor(CommandLine root, String... args) {
        if (args.length == 1 && isUsageHelp(root.getCommandSpec(), args[0])) {
            for (String name : NAMES) {
                root.addSubcommand(name, summary(name));
            }
            return root;
        }
        return add(root, invoked(root.getCommandSpec(), args).map(List::of).orElse(NAMES));
    }

    private static boolean isUsageHelp(CommandSpec root, String arg) {
        OptionSpec option = root.optionsMap().get(arg);
        return option != null && option.usageHelp();
    }

    /** What the top-level help shows of a command: its name and description, without its options. */
    private static CommandSpec summary(String name) {
        Command command = type(name).getAnnotation(Command.class);
        CommandSpec summary = CommandSpec.create().name(name);
        summary.usageMessage().description(command.description());
        return summary;
    }

    /** Registers every command. */
    static CommandLine addAll(CommandLine root) {
        return add(root, NAMES);
    }

    private static CommandLine add(CommandLine root, List<String> names) {
        for (String name : names) {
            root.addSubcommand(name, type(name));
        }
        return root;
    }

    /**
     * The command {@code args} invoke, when every argument before its name is an option of {@code root}
     * (with its value) that is neither help nor version; empty otherwise, and then every command is needed.
     */
    static Optional<String> invoked(CommandSpec root, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (NAMES.contains(arg)) {
                return Optional.of(arg);
            }
            if (!arg.startsWith("-") || arg.equals("--")) {
                return Optional.empty();
            }
            int eq = arg.indexOf('=');
            OptionSpec option = root.optionsMap().get(eq < 0 ? arg : arg.substring(0, eq));
            if (option == null || option.usageHelp() || option.versionHelp()) {
                return Optional.empty();
            }
            if (eq < 0 && option.arity().max() > 0) {
                i++;
                if (i >= args.length || !plainValue(args[i])) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** A value picocli cannot read as anything but the option's value. */
    private static boolean plainValue(String value) {
        return !value.startsWith("-") && !value.startsWith("@") && !NAMES.contains(value);
    }
}
