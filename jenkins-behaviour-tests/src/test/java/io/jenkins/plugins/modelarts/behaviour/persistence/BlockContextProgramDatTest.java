package io.jenkins.plugins.modelarts.behaviour.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.console.ConsoleLogFilter;
import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.jenkins.FakeBodyInvoker;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.block.BlockEnvironment;
import io.jenkins.plugins.modelarts.jenkins.block.BlockSecretsFilter;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionScope;
import io.jenkins.plugins.modelarts.jenkins.steps.WithModelArtsStep;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code withModelArts}: its execution and the context objects it gives its body are saved in program.dat (Pipeline
 * keeps a running block's body contexts there), written by River as workflow-support writes them: they hold names and
 * the block's context placeholder, never a secret, and after the restart they still give the body the block's
 * connection, environment and masking.
 */
class BlockContextProgramDatTest {
    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @Test
    @SuppressWarnings("deprecation") // Pipeline decorates a body's console through the AbstractBuild overload
    void theBodysContextSurvivesProgramDatWithoutASecretAndStillGivesTheConnection() throws Exception {
        WithModelArtsStep block = new WithModelArtsStep();
        block.setCredentialsId("team-keys");
        block.setRegion("cn-east-3");
        block.setProjectId("team-project");
        FakeStepContext context = h.newContext();
        StepExecution execution = block.start(context);
        execution.start();
        FakeBodyInvoker body = context.body();
        List<Object> program = new ArrayList<>(body.contexts());
        program.add(execution);

        ProgramDat.Written written = ProgramDat.write(new Program(program));
        h.restartController();
        List<Object> read = ProgramDat.read(written, Program.class, context).objects;

        assertThat(written.text()).contains("team-keys").doesNotContain(h.emulator.secretKey())
                .doesNotContain(h.emulator.accessKey());
        assertThat(written.classes()).contains(ConnectionScope.class, BlockEnvironment.class, BlockSecretsFilter.class,
                ProgramDat.DryContext.class);
        assertThat(read).contains(new ConnectionScope(null, "cn-east-3", "team-project", "team-keys"));
        EnvVars env = new EnvVars();
        find(read, EnvironmentExpander.class).expand(env);
        assertThat(env).containsEntry(ConnectionVariables.REGION, "cn-east-3")
                .containsEntry(ConnectionVariables.SECRET_KEY, h.emulator.secretKey());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (OutputStream out = find(read, ConsoleLogFilter.class).decorateLogger((hudson.model.AbstractBuild<?, ?>) null, console)) {
            out.write(("SK=" + h.emulator.secretKey() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("SK=****\n");
        assertThat(PersistedGraph.stateOf(read.get(read.size() - 1))).isEqualTo(PersistedGraph.stateOf(execution));
    }

    /** What program.dat holds of the block: its execution and its body's context objects. */
    static final class Program implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final List<Object> objects;

        Program(List<Object> objects) {
            this.objects = objects;
        }
    }

    private static <T> T find(List<Object> objects, Class<T> type) {
        return type.cast(objects.stream().filter(type::isInstance).findFirst().orElseThrow());
    }
}
