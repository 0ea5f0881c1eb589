package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;
import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a {@code withModelArts} block gives {@code sh} ({@link ConnectionVariables}) is all the command
 * line needs: run with nothing but those variables, it reaches the same service as the steps, with
 * access keys or with an IAM user.
 */
class ConnectionVariablesCliTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private static CliRunner.Result runWith(Map<String, String> env, String... args) {
        CliRunner cli = CliRunner.withoutConfiguration();
        env.forEach(cli::env);
        return cli.run(args);
    }

    @Test
    void accessKeyVariablesAloneLetTheCliCallTheService() {
        ModelArtsEmulator emulator = EMULATOR.emulator();
        ConnectionVariables variables = ConnectionVariables.of(emulator.baseUrl(), "cn-north-4", emulator.projectId(),
                AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()));

        CliRunner.Result r = runWith(variables.all(), "jobs", "--api", "v1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(variables.secret()).containsOnlyKeys(ConnectionVariables.ACCESS_KEY, ConnectionVariables.SECRET_KEY);
        assertThat(variables.plain()).doesNotContainValue(emulator.secretKey());
    }

    @Test
    void iamUserVariablesAloneLetTheCliCallTheService() {
        ModelArtsEmulator emulator = EMULATOR.emulator();
        ConnectionVariables variables = ConnectionVariables.of(emulator.baseUrl(), null, emulator.projectId(),
                new IamPasswordCredentials(emulator.iamUser(), emulator.iamPassword(), emulator.iamDomain(), emulator.baseUrl()));

        CliRunner.Result r = runWith(variables.all(), "jobs", "--api", "v1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(variables.secret()).containsOnlyKeys(ConnectionVariables.IAM_PASSWORD);
    }
}
