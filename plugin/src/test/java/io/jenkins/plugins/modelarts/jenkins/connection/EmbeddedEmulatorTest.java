package io.jenkins.plugins.modelarts.jenkins.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.core.logs.ObjectSource;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The global "use the embedded emulator" option: no credentials store, no network beyond loopback. */
class EmbeddedEmulatorTest {
    @TempDir
    Path dir;

    @Test
    void theControllersClientFactoryTalksToTheEmbeddedEmulatorWithoutCredentials() throws Exception {
        FakeRun run = new FakeRun(new FakeJob("demo"), 1, dir);
        try (CredentialsClientFactory factory = new CredentialsClientFactory(new EmbeddedEmulator())) {
            ModelArtsClient client = factory.lease(Connection.toEmulator(), run).client();

            assertThat(client.jobsV1().list(ListTrainingJobsQuery.defaults()).jobTotalCount()).isZero();
            assertThat(factory.lease(Connection.toEmulator(), run).client()).as("one shared client").isSameAs(client);
            ObjectSource obs = factory.obs(Connection.toEmulator(), run);
            List<ObjectSource.Entry> none = new ArrayList<>();
            // Signed and accepted by the emulator's OBS: the answer is about the bucket, not the signature.
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> obs.list(io.jenkins.plugins.modelarts.core.logs.ObsPath.parse("/bucket/log/"), none::add))
                    .hasMessageContaining("NoSuchBucket");
        }
    }

    @Test
    void anObsFolderIsServedAsTheEmulatorsBucketsAndABadOneIsNamed() throws Exception {
        Path obs = java.nio.file.Files.createDirectories(dir.resolve("obs/ml-bucket/data"));
        java.nio.file.Files.writeString(obs.resolve("part-0.csv"), "a,b\n");
        EmbeddedEmulator embedded = new EmbeddedEmulator(null, dir.resolve("obs"));
        FakeRun run = new FakeRun(new FakeJob("demo"), 1, dir);
        try (CredentialsClientFactory factory = new CredentialsClientFactory(embedded)) {
            List<ObjectSource.Entry> found = new ArrayList<>();
            factory.obs(Connection.toEmulator(), run).list(io.jenkins.plugins.modelarts.core.logs.ObsPath.parse("/ml-bucket/data/"),
                    found::add);
            assertThat(found).extracting(ObjectSource.Entry::key).containsExactly("data/part-0.csv");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EmbeddedEmulator(null, dir.resolve("absent")).get())
                .hasMessageContaining(EmbeddedEmulator.OBS_FOLDER_PROPERTY).hasMessageContaining("absent");
    }

    @Test
    void theEmbeddedEmulatorStartsOnceAndStopsWithTheController() {
        EmbeddedEmulator embedded = new EmbeddedEmulator();
        String url = embedded.get().baseUrl();
        assertThat(url).startsWith("http://127.0.0.1:");
        assertThat(embedded.get().baseUrl()).isEqualTo(url);
        embedded.close();
        assertThat(embedded.get().baseUrl()).as("started again on next use").isNotNull();
        embedded.close();
    }
}
