package io.jenkins.plugins.modelarts.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void akSkToStringShowsAtMostFourCharactersOfTheAccessKey() {
        AkSkCredentials keys = new AkSkCredentials("HPUAEXAMPLEKEY123456", "SECRET-sk-value", "SECRET-token-value");

        assertThat(keys.toString())
                .contains("HPUA")
                .doesNotContain("HPUAE")
                .doesNotContain("SECRET");
    }

    @Test
    void shortAccessKeysAreNotShownAtAll() {
        assertThat(AkSkCredentials.of("AccessKey", "SecretKey").toString())
                .doesNotContain("Acce")
                .doesNotContain("SecretKey");
    }

    @Test
    void blankSecurityTokenMeansPermanentKeys() {
        assertThat(new AkSkCredentials("ak", "sk", " ").securityToken()).isNull();
    }

    @Test
    void passwordAndTokensAreRedacted() {
        assertThat(IamPasswordCredentials.of("alice", "hunter2-secret", "acme").toString())
                .contains("alice", "acme")
                .doesNotContain("hunter2");
        assertThat(new TokenCredentials("MIIZtokenvalue").toString()).doesNotContain("MIIZ");
    }

    @Test
    void valuesThatCannotBeSentAsHeadersAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> new TokenCredentials("tok\nen-secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token contains characters that cannot be sent in an HTTP header");
        assertThatThrownBy(() -> new AkSkCredentials("ak", "sk", "säcurity"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("säcurity");
    }

    @Test
    void requiredFieldsAreChecked() {
        assertThatThrownBy(() -> AkSkCredentials.of(null, "sk")).hasMessage("accessKey == null");
        assertThatThrownBy(() -> AkSkCredentials.of("ak", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenCredentials(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IamPasswordCredentials.of("u", null, "d")).hasMessage("password == null");
    }
}
