package io.jenkins.plugins.modelarts.examples;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.console.ConsoleLogFilter;
import io.jenkins.plugins.modelarts.cli.Cli;
import io.jenkins.plugins.modelarts.cli.CliContext;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;

/**
 * The examples' {@code sh}: a {@code modelarts} command line ({@code ./modelarts …} or
 * {@code java -jar modelarts.jar …}, optionally {@code > file}) run in-process with the environment the enclosing
 * blocks give {@code sh} (nothing else: no variable of the test's own environment leaks in) and its output
 * through their console filters, as Jenkins' {@code sh} would print it. Anything else fails the run, so the
 * examples hold only commands that this test can execute.
 */
final class ShellCommands {
    private static final Pattern WORD = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");
    private final Path workspace;
    private final StringBuilder console;
    private final List<List<String>> commands = new ArrayList<>();
    private final List<String> archived = new ArrayList<>();
    private final List<EnvVars> environments = new ArrayList<>();

    ShellCommands(Path workspace, StringBuilder console) {
        this.workspace = workspace;
        this.console = console;
    }

    Object run(String script, FakeStepContext context) throws Exception {
        console.append("+ ").append(script).append('\n');
        List<String> words = words(script);
        Path redirect = null;
        int arrow = words.indexOf(">");
        if (arrow >= 0) {
            redirect = workspace.resolve(words.get(arrow + 1));
            words = words.subList(0, arrow);
        }
        List<String> args = modelartsArguments(words, script);
        EnvVars env = new EnvVars();
        EnvironmentExpander expander = context.get(EnvironmentExpander.class);
        if (expander != null) {
            expander.expand(env);
        }
        environments.add(env);
        commands.add(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new CliContext(env, new PrintWriter(out), new PrintWriter(err), Clock.systemUTC(), Sleeper.SYSTEM))
                .run(args.toArray(String[]::new));
        if (redirect != null) {
            Files.writeString(redirect, out.toString());
        }
        print(context, (redirect == null ? out.toString() : "") + err);
        if (code != 0) {
            throw new AbortException("script returned exit code " + code);
        }
        return null;
    }

    /**
     * Text printed as Jenkins prints a step's output: through the console filters of the enclosing blocks (by the
     * overload Pipeline calls, {@code decorateLogger(AbstractBuild, …)} with no build).
     */
    @SuppressWarnings("deprecation") // the AbstractBuild overload is the one Pipeline calls
    private void print(FakeStepContext context, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleLogFilter filter = context.get(ConsoleLogFilter.class);
        try (OutputStream log = filter == null ? bytes : filter.decorateLogger((hudson.model.AbstractBuild<?, ?>) null, bytes)) {
            log.write(text.getBytes(StandardCharsets.UTF_8));
        }
        console.append(bytes.toString(StandardCharsets.UTF_8));
    }

    Object archive(String pattern) throws Exception {
        try (var files = Files.list(workspace)) {
            List<String> matched = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(pattern.replace(".", "\\.").replace("*", ".*")))
                    .toList();
            if (matched.isEmpty()) {
                throw new AbortException("No artifacts found that match the file pattern \"" + pattern + "\"");
            }
            archived.addAll(matched);
        }
        return null;
    }

    private static List<String> modelartsArguments(List<String> words, String script) {
        if (!words.isEmpty() && words.get(0).equals("./modelarts")) {
            return words.subList(1, words.size());
        }
        if (words.size() >= 3 && words.subList(0, 3).equals(List.of("java", "-jar", "modelarts.jar"))) {
            return words.subList(3, words.size());
        }
        throw new AssertionError("the examples' sh runs the modelarts command line only, not: " + script);
    }

    static List<String> words(String script) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(script.trim());
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return words;
    }

    List<List<String>> commands() {
        return List.copyOf(commands);
    }

    List<EnvVars> environments() {
        return List.copyOf(environments);
    }

    List<String> archived() {
        return List.copyOf(archived);
    }

    @Override
    public String toString() {
        return Arrays.toString(commands.toArray());
    }
}
