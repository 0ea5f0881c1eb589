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

    public Cli(CliContext context) {
        this.context = context;
    }

    public int run(String... args) {
        ModelArtsCommand root = new ModelArtsCommand(context);
        CommandLine cli = new CommandLine(root)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(context.out())
                .setErr(context.err())
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, root.options().verbose));
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

    private int handle(Exception e, boolean verbose) {
        int code = exitCode(e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (code == ExitCodes.INTERNAL) {
            message = "internal error (" + e.getClass().getName() + "): " + message
                    + (verbose ? "" : "\nRun again with --verbose for details, and please report it.");
        }
        context.err().println("modelarts: " + printable(e, message));
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
