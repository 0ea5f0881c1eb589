package io.jenkins.plugins.modelarts.behaviour.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;
import hudson.util.Secret;
import io.jenkins.plugins.modelarts.jenkins.credentials.ModelArtsAccessKeyCredentials;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The access-key credentials as the credentials store writes them ({@code credentials.xml}).
 *
 * <p>What cannot be tested here: core's {@code Secret.ConverterImpl} writes a {@link Secret} encrypted with the
 * controller's key and reads it back; the stub {@code Secret} holds no value at all. What can: every secret
 * field is declared as {@code Secret} and therefore reaches that converter (a stand-in records it here), and
 * the other fields survive.
 */
class CredentialsXmlTest {
    /** Stands in for core's {@code Secret.ConverterImpl}: writes a marker, reads a new (empty) stub Secret. */
    static final class SecretConverterStandIn implements Converter {
        final List<String> written = new ArrayList<>();

        @Override
        public boolean canConvert(@SuppressWarnings("rawtypes") Class type) {
            return type == Secret.class;
        }

        @Override
        public void marshal(Object source, HierarchicalStreamWriter writer, MarshallingContext context) {
            written.add(writer.underlyingWriter().toString());
            writer.setValue("{encrypted by core}");
        }

        @Override
        public Object unmarshal(HierarchicalStreamReader reader, UnmarshallingContext context) {
            assertThat(reader.getValue()).isEqualTo("{encrypted by core}");
            return JenkinsXStream.instantiateWithoutConstructor(Secret.class);
        }
    }

    private static Secret secret() {
        return JenkinsXStream.instantiateWithoutConstructor(Secret.class);
    }

    @Test
    void accessKeyCredentialsSurviveTheCredentialsStoreWithTheirSecretsGivenToCoresConverter() {
        SecretConverterStandIn secrets = new SecretConverterStandIn();
        JenkinsXStream xstream = new JenkinsXStream().register(secrets);
        ModelArtsAccessKeyCredentials stored = new ModelArtsAccessKeyCredentials(CredentialsScope.GLOBAL, "modelarts-prod",
                "production account", "ABCDEFGHIJKLMNOPQRST", secret());
        Fields.set(stored, "securityToken", secret());

        String xml = xstream.toXml(stored);
        ModelArtsAccessKeyCredentials loaded = (ModelArtsAccessKeyCredentials) xstream.fromXml(xml);

        assertThat(secrets.written).as("secretKey and securityToken went through the Secret converter").hasSize(2);
        assertThat(xml).contains("<secretKey>{encrypted by core}</secretKey>")
                .contains("<securityToken>{encrypted by core}</securityToken>")
                .contains("<accessKeyId>ABCDEFGHIJKLMNOPQRST</accessKeyId>");
        assertThat(loaded.getId()).isEqualTo("modelarts-prod");
        assertThat(loaded.getDescription()).isEqualTo("production account");
        assertThat(loaded.getScope()).isEqualTo(CredentialsScope.GLOBAL);
        assertThat(loaded.getAccessKeyId()).isEqualTo("ABCDEFGHIJKLMNOPQRST");
        assertThat(loaded.getSecretKey()).isInstanceOf(Secret.class);
        assertThat(loaded.getSecurityToken()).isInstanceOf(Secret.class);
    }

    @Test
    void credentialsWithoutATokenStoreNoTokenElement() {
        JenkinsXStream xstream = new JenkinsXStream().register(new SecretConverterStandIn());
        ModelArtsAccessKeyCredentials stored = new ModelArtsAccessKeyCredentials(CredentialsScope.SYSTEM, "k", null,
                "ABCDEFGHIJKLMNOPQRST", secret());

        String xml = xstream.toXml(stored);
        ModelArtsAccessKeyCredentials loaded = (ModelArtsAccessKeyCredentials) xstream.fromXml(xml);

        assertThat(xml).doesNotContain("securityToken");
        assertThat(loaded.getSecurityToken()).isNull();
        assertThat(loaded.getScope()).isEqualTo(CredentialsScope.SYSTEM);
    }

    @Test
    void everySecretOfTheCredentialsIsDeclaredAsSecretAndNoneIsPlainText() {
        assertThat(PersistedGraph.persistedFields(ModelArtsAccessKeyCredentials.class))
                .filteredOn(f -> f.getName().toLowerCase(java.util.Locale.ROOT).matches(".*(secret|token|password).*"))
                .isNotEmpty()
                .allMatch(f -> f.getType() == Secret.class);
        assertThat(PersistedGraph.declaredTypesReachableFrom(ModelArtsAccessKeyCredentials.class)).noneMatch(Class::isRecord);
    }
}
