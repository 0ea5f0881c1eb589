package io.jenkins.plugins.modelarts.jenkins.connection;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ConnectionTest {
    private static final ConnectionDefaults CONFIGURED =
            new ConnectionDefaults(false, null, "cn-north-4", "project", "creds", null);

    @Test
    void stepValuesWinOverTheGlobalDefaults() {
        Connection c = Connection.resolve(CONFIGURED, null, null, "other-project", "other-creds");
        assertThat(c.region()).isEqualTo("cn-north-4");
        assertThat(c.projectId()).isEqualTo("other-project");
        assertThat(c.credentialsId()).isEqualTo("other-creds");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void theEmbeddedEmulatorIsUsedUnlessTheStepNamesItsOwnTarget() {
        assertThat(Connection.resolve(ConnectionDefaults.embeddedEmulator(), null, null, null, null).emulator()).isTrue();
        Connection own = Connection.resolve(ConnectionDefaults.embeddedEmulator(), null, "ap-southeast-1", "p", "c");
        assertThat(own.emulator()).isFalse();
        assertThat(own.problems()).isEmpty();
    }

    @Test
    void everyMissingSettingIsListedAtOnce() {
        assertThat(Connection.resolve(ConnectionDefaults.none(), null, null, null, null).problems())
                .hasSize(3).anyMatch(p -> p.contains("endpoint")).anyMatch(p -> p.contains("project"))
                .anyMatch(p -> p.contains("credentials"));
        assertThat(Connection.resolve(ConnectionDefaults.none(), "ftp://x", null, "p", "c").problems())
                .singleElement().asString().contains("https://");
    }

    @Test
    void thePollerKeyAndTheDescriptionNameNoSecretAndTheConnectionSurvivesSerialization() throws Exception {
        Connection c = Connection.resolve(CONFIGURED, null, null, null, null);
        assertThat(c.key("f00d").credentialsId()).isEqualTo("sha256:f00d");
        assertThat(c.describe()).contains("cn-north-4").contains("'creds'");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(c);
        }
    }

    @Test
    void formChecksAreLocalAndSayWhatIsWrong() {
        assertThat(FieldChecks.endpoint("https://modelarts.cn-north-4.myhuaweicloud.com").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(FieldChecks.endpoint("http://localhost:8080").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(FieldChecks.endpoint("modelarts.example").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(FieldChecks.region("cn-north-4").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(FieldChecks.region("CN North").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(FieldChecks.pollIntervalSeconds("2").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(FieldChecks.pollIntervalSeconds("abc").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(FieldChecks.jobName("resnet-${BUILD_NUMBER}").kind).isEqualTo(FormValidation.Kind.OK);
    }
}
