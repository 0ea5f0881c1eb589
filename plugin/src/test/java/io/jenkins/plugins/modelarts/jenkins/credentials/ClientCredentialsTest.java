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
}
