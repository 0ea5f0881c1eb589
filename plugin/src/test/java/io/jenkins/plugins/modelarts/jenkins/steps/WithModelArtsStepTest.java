package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.console.ConsoleLogFilter;
import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeBodyInvoker;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code withModelArts { }}: the body's steps, its {@code sh} environment and its console, nested and after a restart. */
class WithModelArtsStepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Global defaults with a region, project and credentials of their own, so that what the block changes shows. */
    private static final ConnectionDefaults GLOBAL =
            new ConnectionDefaults(false, null, "cn-north-4", "global-project", "global-keys", null);

    @TempDir
    Path dir;

    private StepHarness h;

    @BeforeEach
    void start() {
        h = new StepHarness(dir, GLOBAL);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private static WithModelArtsStep block(String credentialsId, String region, String projectId, String endpoint) {
        WithModelArtsStep step = new WithModelArtsStep();
        step.setCredentialsId(credentialsId);
        step.setRegion(region);
        step.setProjectId(projectId);
        step.setEndpoint(endpoint);
        return step;
    }

    /** Starts {@code block} in {@code context} and returns its body. */
    private static FakeBodyInvoker enter(WithModelArtsStep block, FakeStepContext context) throws Exception {
        assertThat(block.start(context).start()).as("a block ends with its body, later").isFalse();
        FakeBodyInvoker body = context.body();
        assertThat(body.started()).isTrue();
        return body;
    }

    /** The connection a {@code modelartsJob} step in {@code context} resolves and uses. */
    private Connection connectionOfAStepIn(FakeStepContext context, JobStep step) throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1));
        var created = h.clients.client().jobsV1().create(TrainStepTest.trainingDefinition(TrainStepTest.train(Map.of()))
                .toSpec("job-" + System.nanoTime(), h.clients.client()) instanceof io.jenkins.plugins.modelarts.core.spec.JobSpec.V1 v1
                ? v1.request() : null);
        h.clients.asked.clear();
        JobStep read = new JobStep(String.valueOf(created.jobId()));
        read.setVersionId(created.versionId());
        read.setCredentialsId(step.getCredentialsId());
        read.setRegion(step.getRegion());
        read.setProjectId(step.getProjectId());
        read.setEndpoint(step.getEndpoint());
        read.start(context).start();
        context.await(WAIT);
        return h.clients.asked.get(0);
    }

    @Test
    void theStepsInTheBodyUseTheBlocksConnectionAndSayWhereEachSettingCameFrom() throws Exception {
        FakeStepContext context = h.newContext();
        FakeBodyInvoker body = enter(block("team-keys", "cn-east-3", "team-project", null), context);

        Connection used = connectionOfAStepIn(body.bodyContext(), new JobStep("1"));

        assertThat(used).isEqualTo(new Connection(null, "cn-east-3", "team-project", "team-keys", false));
        assertThat(used.explain()).contains("region from withModelArts, project from withModelArts, credentials from withModelArts");
        assertThat(context.log()).contains("ModelArts connection for this block: region cn-east-3, project team-project,"
                + " credentials 'team-keys'").contains("$HUAWEICLOUD_SDK_SK");
    }

    @Test
    void aStepsOwnSettingsWinOverTheBlocksAndUnsetOnesComeFromTheGlobalConfiguration() throws Exception {
        FakeStepContext context = h.newContext();
        FakeBodyInvoker body = enter(block("team-keys", null, null, null), context);
        JobStep own = new JobStep("1");
        own.setProjectId("step-project");

        Connection used = connectionOfAStepIn(body.bodyContext(), own);

        assertThat(used).isEqualTo(new Connection(null, "cn-north-4", "step-project", "team-keys", false));
        assertThat(used.origins()).isEqualTo("region from Manage Jenkins » System » ModelArts, project from the step,"
                + " credentials from withModelArts");
    }

    @Test
    void nestedBlocksOverrideFieldByFieldWithTheEndpointAndRegionAsOne() throws Exception {
        FakeStepContext context = h.newContext();
        FakeBodyInvoker outer = enter(block("outer-keys", "cn-east-3", "outer-project", null), context);
        FakeStepContext inOuter = outer.bodyContext();
        FakeBodyInvoker inner = enter(block(null, null, "inner-project", "https://modelarts.example.test"), inOuter);

        Connection used = connectionOfAStepIn(inner.bodyContext(), new JobStep("1"));

        assertThat(used).isEqualTo(new Connection("https://modelarts.example.test", null, "inner-project", "outer-keys", false));
        assertThat(inner.bodyContext().get(ConnectionScope.class))
                .isEqualTo(new ConnectionScope("https://modelarts.example.test", null, "inner-project", "outer-keys"));
        inner.succeed("inner value");
        assertThat(inOuter.await(WAIT)).as("the inner block ends with its body's value").isEqualTo("inner value");
        outer.fail(new AbortException("the body failed"));
        assertThatThrownBy(() -> context.await(WAIT)).hasRootCauseMessage("the body failed");
    }

    @Test
    void shInsideSeesTheVariablesTheCliReadsOverTheOuterEnvironmentAndTheyAreSensitive() throws Exception {
        FakeStepContext context = h.newContext();
        FakeBodyInvoker body = enter(block("team-keys", "cn-east-3", "team-project", null), context);
        EnvironmentExpander expander = body.bodyContext().get(EnvironmentExpander.class);
        EnvVars env = new EnvVars("PATH", "/usr/bin", ConnectionVariables.REGION, "stale");

        expander.expand(env);

        assertThat(env).containsEntry("PATH", "/usr/bin")
                .containsEntry(ConnectionVariables.ENDPOINT, h.emulator.baseUrl())
                .containsEntry(ConnectionVariables.REGION, "cn-east-3")
                .containsEntry(ConnectionVariables.PROJECT_ID, h.emulator.projectId())
                .containsEntry(ConnectionVariables.ACCESS_KEY, h.emulator.accessKey())
                .containsEntry(ConnectionVariables.SECRET_KEY, h.emulator.secretKey());
        assertThat(expander.getSensitiveVariables()).contains(ConnectionVariables.ACCESS_KEY, ConnectionVariables.SECRET_KEY,
                ConnectionVariables.SECURITY_TOKEN, ConnectionVariables.IAM_PASSWORD);
    }

    @Test
    @SuppressWarnings("deprecation") // Pipeline decorates a body's console through the AbstractBuild overload
    void theBodysConsoleHasTheSecretsMaskedEvenWhenWrittenInPieces() throws Exception {
        FakeStepContext context = h.newContext();
        FakeBodyInvoker outer = enter(block("team-keys", null, null, null), context);
        FakeBodyInvoker inner = enter(block(null, "cn-east-3", null, null), outer.bodyContext());
        ConsoleLogFilter filter = inner.bodyContext().get(ConsoleLogFilter.class);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String sk = h.emulator.secretKey();

        try (OutputStream out = filter.decorateLogger((hudson.model.AbstractBuild<?, ?>) null, console)) {
            out.write(("export SK=" + sk.substring(0, 3)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.write((sk.substring(3) + " AK=" + h.emulator.accessKey() + "\nno secret here\n").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("export SK=**** AK=****\nno secret here\n");
    }

    @Test
    void missingSettingsFailTheBlockBeforeItsBodyRunsListingThemAll() throws Exception {
        h.close();
        h = new StepHarness(dir, ConnectionDefaults.none());
        FakeStepContext context = h.newContext();

        assertThatThrownBy(() -> block(null, null, null, null).start(context))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("withModelArts: 3 problems, nothing was sent")
                .hasMessageContaining("set 'region' or 'endpoint' on the step, in withModelArts, or in Manage Jenkins");
    }

    @Test
    void unknownCredentialsFailTheBodysStepsSayingWhichConnectionAndWhereItCameFrom() throws Exception {
        FakeStepContext context = h.newContext();
        FakeBodyInvoker body = enter(block("missing", null, null, null), context);
        EnvironmentExpander expander = body.bodyContext().get(EnvironmentExpander.class);

        assertThatThrownBy(() -> expander.expand(new EnvVars()))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("'missing' were not found")
                .hasMessageContaining("credentials from withModelArts");
    }

    @Test
    void aRefusedCallSaysWhichConnectionWasUsedAndWhereEachSettingCameFromOtherFailuresDoNot() {
        Connection connection = Connection.resolve(GLOBAL, new ConnectionScope(null, "cn-east-3", null, "team-keys"),
                null, null, "step-project", null);
        var refused = new io.jenkins.plugins.modelarts.client.errors.ApiException(401, "APIGW.0301",
                "Incorrect IAM authentication information", "req-1", "GET /v1/{project_id}/training-jobs");
        var serverError = new io.jenkins.plugins.modelarts.client.errors.ApiException(500, "ModelArts.0001",
                "internal error", "req-2", "GET /v1/{project_id}/training-jobs");

        assertThat(ModelArtsExecution.polite(refused, connection)).isInstanceOf(AbortException.class)
                .hasMessageContaining("APIGW.0301")
                .hasMessageEndingWith("(connection: region cn-east-3, project step-project, credentials 'team-keys' (region from"
                        + " withModelArts, project from the step, credentials from withModelArts))");
        assertThat(ModelArtsExecution.polite(serverError, connection)).hasMessageNotContaining("connection:");
    }

    @Test
    void afterARestartTheBodysContextStillResolvesTheBlocksConnectionAndHoldsNoSecret() throws Exception {
        FakeStepContext context = h.newContext();
        FakeBodyInvoker body = enter(block("team-keys", "cn-east-3", "team-project", null), context);
        List<Object> contexts = body.contexts();
        byte[] saved = serialize(contexts);
        h.restartController();

        @SuppressWarnings("unchecked")
        List<Object> restored = (List<Object>) deserialize(saved);
        EnvVars env = new EnvVars();
        ((EnvironmentExpander) restored.stream().filter(EnvironmentExpander.class::isInstance).findFirst().orElseThrow())
                .expand(env);

        String persisted = new String(saved, StandardCharsets.ISO_8859_1);
        assertThat(persisted).contains("team-keys").doesNotContain(h.emulator.secretKey()).doesNotContain(h.emulator.accessKey());
        assertThat(restored).contains(new ConnectionScope(null, "cn-east-3", "team-project", "team-keys"));
        assertThat(env).containsEntry(ConnectionVariables.SECRET_KEY, h.emulator.secretKey())
                .containsEntry(ConnectionVariables.REGION, "cn-east-3");
    }

    private static byte[] serialize(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
