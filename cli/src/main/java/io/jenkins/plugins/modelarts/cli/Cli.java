package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.core.job.WaitTimeoutException;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import picocli.CommandLine;

/**
 * Runs one command line and maps its outcome to an exit code: the only place exceptions become
 * exit codes and messages. Users see one clear message on stderr, never a stack trace (unless
 * {@code --verbose}).
 */
public final class Cli {
    private final CliContext context;
    private final boolean everyCommand;

    public Cli(CliContext context) {
        this(context, false);
    }

    /** With {@code everyCommand}, every subcommand is built for every command line, not only the invoked one (tests). */
    Cli(CliContext context, boolean everyCommand) {
        this.context = context;
        this.everyCommand = everyCommand;
    }

    public int run(String... args) {
        ModelArtsCommand root = new ModelArtsCommand(context);
        CommandLine commands = new CommandLine(root);
        // subcommands first: the settings below reach only the commands registered when they are made
        CommandLine cli = (everyCommand ? Subcommands.addAll(commands) : Subcommands.addFor(commands, args))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(context.out())
                .setErr(context.err())
                .setParameterExceptionHandler(this::badArguments)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, root));
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler; an Error (OutOfMemoryError, StackOverflowError)
            // would otherwise escape to the JVM, whose exit code 1 means "the job failed"
            code = handleError(e, root.options().verbose);
        }
        context.out().flush();
        context.err().flush();
        return code;
    }

    /**
     * A command line picocli cannot read (unknown option, bad value, missing argument): one line
     * naming the problem and the help to read, never the whole usage text.
     */
    private int badArguments(CommandLine.ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
        context.err().println("modelarts: " + ConsoleText.safe(e.getMessage()) + " (see '" + command + " --help')");
        return ExitCodes.USAGE;
    }

    private int handle(Exception e, ModelArtsCommand root) {
        boolean verbose = root.options().verbose;
        int code = exitCode(e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (code == ExitCodes.INTERNAL) {
            message = "internal error (" + e.getClass().getName() + "): " + message
                    + (verbose ? "" : "\nRun again with --verbose for details, and please report it.");
        }
        context.err().println("modelarts: " + printable(e, message));
        ErrorHints.of(e, new ConnectionSettings(root.options(), context)).ifPresent(context.err()::println);
        if (verbose) {
            e.printStackTrace(context.err());
        }
        return code;
    }

    private int handleError(Error e, boolean verbose) {
        context.err().println("modelarts: internal error (" + e.getClass().getName() + "): " + e.getMessage()
                + (e instanceof OutOfMemoryError ? "\nThe JVM ran out of memory; the job's state is unknown to this command."
                        : "")
                + (verbose ? "" : "\nRun again with --verbose for details, and please report it."));
        if (verbose) {
            e.printStackTrace(context.err());
        }
        return ExitCodes.INTERNAL;
    }

    /** The message made safe for a terminal ({@link ConsoleText#errorMessage(Throwable, String)}). */
    static String printable(Exception e, String message) {
        return ConsoleText.errorMessage(e, message);
    }

    static int exitCode(Exception e) {
        if (e instanceof UsageException
                || e instanceof RequestValidationException
                || e instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof WaitTimeoutException) {
            return ExitCodes.TIMEOUT;
        }
        if (e instanceof ModelArtsException) {
            return ExitCodes.API_ERROR;
        }
        if (e instanceof java.io.UncheckedIOException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL;
    }
}
