package io.jenkins.plugins.modelarts.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h}/{@code --help} for every subcommand. Not picocli's standard help mixin: its
 * {@code -V}/{@code --version} would clash with the old spelling of {@code --job-version}, and the
 * CLI's version is the root command's ({@code modelarts --version}).
 */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
