package io.jenkins.plugins.modelarts.behaviour.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsGlobalConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Manage Jenkins » System » ModelArts as the controller stores it in
 * {@code io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsGlobalConfiguration.xml}.
 *
 * <p>The configuration's constructor calls {@code load()}, which the stubs make throw (in Jenkins it reads
 * that file). So instances are made without a constructor, as XStream makes the objects it reads, fields are
 * set directly (the setters call {@code save()}, which throws too), and loading is done as {@code load()}
 * does it: the file is unmarshalled into the existing instance.
 */
class GlobalConfigurationXmlTest {
    private final JenkinsXStream xstream = new JenkinsXStream();

    private static ModelArtsGlobalConfiguration configured() {
        ModelArtsGlobalConfiguration config = JenkinsXStream.instantiateWithoutConstructor(ModelArtsGlobalConfiguration.class);
        Fields.set(config, "useEmulator", false);
        Fields.set(config, "endpoint", "https://modelarts.cn-north-4.myhuaweicloud.com");
        Fields.set(config, "region", "cn-north-4");
        Fields.set(config, "projectId", "0123456789abcdef0123456789abcdef");
        Fields.set(config, "credentialsId", "modelarts-prod");
        Fields.set(config, "pollIntervalSeconds", 45);
        return config;
    }

    @Test
    void theConstructorCannotRunOutsideJenkinsBecauseItLoads() {
        assertThatThrownBy(ModelArtsGlobalConfiguration::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyGlobalSettingSurvivesSaveAndLoad() {
        ModelArtsGlobalConfiguration saved = configured();
        String xml = xstream.toXml(saved);

        ModelArtsGlobalConfiguration loaded = JenkinsXStream.instantiateWithoutConstructor(ModelArtsGlobalConfiguration.class);
        Object result = xstream.unmarshalInto(xml, loaded);

        assertThat(result).isSameAs(loaded);
        assertThat(loaded.isUseEmulator()).isFalse();
        assertThat(loaded.getEndpoint()).isEqualTo("https://modelarts.cn-north-4.myhuaweicloud.com");
        assertThat(loaded.getRegion()).isEqualTo("cn-north-4");
        assertThat(loaded.getProjectId()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(loaded.getCredentialsId()).isEqualTo("modelarts-prod");
        assertThat(loaded.getPollIntervalSeconds()).isEqualTo(45);
        assertThat(loaded.defaults()).isEqualTo(new ConnectionDefaults(false, "https://modelarts.cn-north-4.myhuaweicloud.com",
                "cn-north-4", "0123456789abcdef0123456789abcdef", "modelarts-prod", Duration.ofSeconds(45)));
        assertThat(PersistedGraph.stateOf(loaded)).isEqualTo(PersistedGraph.stateOf(saved));
    }

    @Test
    void theEmulatorChoiceSurvivesSaveAndLoadWithNothingElseSet() {
        ModelArtsGlobalConfiguration saved = JenkinsXStream.instantiateWithoutConstructor(ModelArtsGlobalConfiguration.class);
        Fields.set(saved, "useEmulator", true);

        ModelArtsGlobalConfiguration loaded = JenkinsXStream.instantiateWithoutConstructor(ModelArtsGlobalConfiguration.class);
        xstream.unmarshalInto(xstream.toXml(saved), loaded);

        assertThat(loaded.defaults()).isEqualTo(ConnectionDefaults.embeddedEmulator());
    }

    @Test
    void theConfigurationFileHoldsTheSettingsAndNoDescriptorInternals() {
        String xml = xstream.toXml(configured());

        assertThat(xml).contains("<io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsGlobalConfiguration>")
                .contains("<credentialsId>modelarts-prod</credentialsId>").contains("<pollIntervalSeconds>45</pollIntervalSeconds>")
                .doesNotContain("<clazz>");
        assertThat(PersistedGraph.classesReachableFrom(configured())).noneMatch(Class::isRecord);
        assertThat(PersistedGraph.declaredTypesReachableFrom(ModelArtsGlobalConfiguration.class)).noneMatch(Class::isRecord);
    }
}
