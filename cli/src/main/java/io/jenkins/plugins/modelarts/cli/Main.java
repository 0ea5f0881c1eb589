package io.jenkins.plugins.modelarts.cli;

/** Entry point of {@code modelarts.jar}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(new Cli(CliContext.system()).run(args));
    }
}
