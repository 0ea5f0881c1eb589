package io.jenkins.plugins.modelarts.cli;

/** Entry point of {@code modelarts.jar}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = new Cli(CliContext.system()).run(args);
        } catch (Throwable t) {
            // never the JVM's own exit code 1, which would read as "the job failed"
            System.err.println("modelarts: internal error (" + t.getClass().getName() + "): " + t.getMessage());
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }
}
