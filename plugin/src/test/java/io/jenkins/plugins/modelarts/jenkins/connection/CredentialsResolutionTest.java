package io.jenkins.plugins.modelarts.jenkins.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.credentials.ModelArtsAccessKeyCredentials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path every real user takes: a step names credentials by id, the controller's factory looks them up
 * for the build (here in a fake credentials provider standing in for the store), turns them into signing
 * keys and builds a client for the connection's endpoint or region.
 */
class CredentialsResolutionTest {
    @TempDir
    Path dir;

    private final ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start();
    private final FakeCredentialsProvider provider = new FakeCredentialsProvider();

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** A credentials store with some entries, recording each lookup as the real one tracks usage. */
    static final class FakeCredentialsProvider implements CredentialsLookup {
        final Map<String, StandardCredentials> stored = new HashMap<>();
        final List<String> lookups = new ArrayList<>();

        @Override
        public StandardCredentials find(String credentialsId, Run<?, ?> run) {
            lookups.add(credentialsId + " for " + run.getExternalizableId());
            return stored.get(credentialsId);
        }
    }

    private FakeRun run() throws Exception {
        return new FakeRun(new FakeJob("train"), 1, dir);
    }

    private void store(String id, String accessKey, String secretKey) {
        provider.stored.put(id, new ModelArtsAccessKeyCredentials(CredentialsScope.GLOBAL, id, "team keys", accessKey,
                Secret.fromString(secretKey)));
    }

    @Test
    void storedAccessKeysSignRequestsThatModelArtsAccepts() throws Exception {
        store("modelarts-prod", emulator.accessKey(), emulator.secretKey());
        Connection connection = new Connection(emulator.baseUrl(), null, emulator.projectId(), "modelarts-prod", false);

        try (CredentialsClientFactory factory = new CredentialsClientFactory(new EmbeddedEmulator(), provider)) {
            ModelArtsClient client = factory.lease(connection, run()).client();

            assertThat(client.jobsV1().list(ListTrainingJobsQuery.defaults()).jobTotalCount()).isZero();
        }
        assertThat(provider.lookups).containsExactly("modelarts-prod for train#1");
    }

    @Test
    void aWrongSecretKeyIsRejectedWithoutTheSecretInTheMessage() throws Exception {
        store("modelarts-prod", emulator.accessKey(), "not-the-secret-key-0123456789");
        Connection connection = new Connection(emulator.baseUrl(), null, emulator.projectId(), "modelarts-prod", false);

        try (CredentialsClientFactory factory = new CredentialsClientFactory(new EmbeddedEmulator(), provider)) {
            ModelArtsClient client = factory.lease(connection, run()).client();

            assertThatThrownBy(() -> client.jobsV1().list(ListTrainingJobsQuery.defaults()))
                    .isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).httpStatus()).isEqualTo(401))
                    .message().doesNotContain("not-the-secret-key");
        }
    }

    @Test
    void unknownCredentialsFailTheStepNamingTheId() throws Exception {
        Connection connection = new Connection(null, "cn-north-4", emulator.projectId(), "missing", false);

        try (CredentialsClientFactory factory = new CredentialsClientFactory(new EmbeddedEmulator(), provider)) {
            assertThatThrownBy(() -> factory.lease(connection, run())).isInstanceOf(AbortException.class)
                    .hasMessageContaining("'missing' were not found, or this job may not use them");
        }
    }

    @Test
    void aRegionMeansItsPublicEndpointAndAnEndpointWins() {
        assertThat(new Connection(null, "cn-north-4", "p", "k", false).modelArtsEndpoint())
                .isEqualTo("https://modelarts.cn-north-4.myhuaweicloud.com");
        assertThat(new Connection(null, "ap-southeast-1", "p", "k", false).modelArtsEndpoint())
                .isEqualTo("https://modelarts.ap-southeast-1.myhuaweicloud.cn");
        assertThat(new Connection("http://127.0.0.1:8080", "cn-north-4", "p", "k", false).modelArtsEndpoint())
                .isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void aRegionConnectionLooksTheCredentialsUpAndBuildsItsClientWithoutCallingOut() throws Exception {
        store("modelarts-prod", "AKAKAKAKAKAKAKAKAKAK", "secret");
        Connection connection = Connection.resolve(ConnectionDefaults.none(), null, "cn-north-4", emulator.projectId(),
                "modelarts-prod");

        try (CredentialsClientFactory factory = new CredentialsClientFactory(new EmbeddedEmulator(), provider)) {
            assertThat(factory.lease(connection, run()).client()).isNotNull();
            assertThat(factory.obs(connection, run())).isNotNull();
        }
        assertThat(provider.lookups).hasSize(2).allMatch(l -> l.startsWith("modelarts-prod for "));
        assertThat(emulator.journal().size()).as("building a client sends nothing").isZero();
    }
}
