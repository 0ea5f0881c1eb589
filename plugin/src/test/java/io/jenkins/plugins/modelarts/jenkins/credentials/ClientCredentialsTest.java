package io.jenkins.plugins.modelarts.jenkins.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCredentialsTest {
    @Test
    void anIamUserNameNamesItsAccountOrIsTheAccountsAdministrator() throws Exception {
        IamPasswordCredentials user = ClientCredentials.iamUser("team-account/ci-bot", "pw");
        assertThat(user.domainName()).isEqualTo("team-account");
        assertThat(user.userName()).isEqualTo("ci-bot");
        IamPasswordCredentials admin = ClientCredentials.iamUser("team-account", "pw");
        assertThat(admin.domainName()).isEqualTo("team-account").isEqualTo(admin.userName());
        assertThatThrownBy(() -> ClientCredentials.iamUser("/ci-bot", "pw")).isInstanceOf(AbortException.class);
    }

    @Test
    void theBindingUsesTheSdkVariableNamesUnlessToldOtherwise(@TempDir Path dir) throws Exception {
        FakeRun run = new FakeRun(new FakeJob("demo"), 1, dir);
        ModelArtsKeysBinding binding = new ModelArtsKeysBinding("keys");
        assertThat(binding.variables(run)).containsExactly(
                "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN");
        binding.setAccessKeyVariable("AK");
        binding.setSecretKeyVariable("  ");
        assertThat(binding.variables(run)).contains("AK", "HUAWEICLOUD_SDK_SK");
        assertThat(binding.getCredentialsId()).isEqualTo("keys");
    }

    @Test
    void theBindingAlsoExportsTheConnectionSettingsTheCliNeeds() {
        assertThat(ModelArtsKeysBinding.connectionValues(new io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults(
                false, "https://modelarts.example.test", "cn-north-4", "0a1b2c", "keys", null)))
                .containsExactly(org.assertj.core.api.Assertions.entry("HUAWEICLOUD_SDK_REGION", "cn-north-4"),
                        org.assertj.core.api.Assertions.entry("HUAWEICLOUD_SDK_PROJECT_ID", "0a1b2c"),
                        org.assertj.core.api.Assertions.entry("MODELARTS_ENDPOINT", "https://modelarts.example.test"));
        assertThat(ModelArtsKeysBinding.connectionValues(new io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults(
                false, " ", "cn-north-4", null, null, null))).containsOnlyKeys("HUAWEICLOUD_SDK_REGION");
        assertThat(ModelArtsKeysBinding.connectionValues(
                io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults.embeddedEmulator())).isEmpty();
    }
}
