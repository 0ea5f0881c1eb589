package io.jenkins.plugins.modelarts.jenkins.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.credentials.ModelArtsAccessKeyCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials ids are unique only within one store: two folders may each keep credentials called
 * {@code modelarts} with different keys. Clients and poller groups are shared by the resolved
 * credentials, never by the id, and a shared client is closed only when no call can be using it.
 */
class CredentialsScopingTest {
    @TempDir
    Path dir;

    private final ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start();

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static StandardCredentials keys(String accessKey, String secretKey) {
        return new ModelArtsAccessKeyCredentials(CredentialsScope.GLOBAL, "modelarts", "folder keys", accessKey,
                Secret.fromString(secretKey));
    }

    @Test
    void twoFoldersWithTheSameCredentialsIdButDifferentKeysNeverShareAClientOrAPollerGroup() throws Exception {
        // Folder team-a holds the right keys under "modelarts"; folder team-b other keys under the same id.
        Map<String, StandardCredentials> byFolder = Map.of(
                "team-a", keys(emulator.accessKey(), emulator.secretKey()),
                "team-b", keys(emulator.accessKey(), "team-b-secret-key-0123456789"));
        CredentialsLookup folderStores = (id, run) -> byFolder.get(run.getParent().getFullName().split("/")[0]);
        Connection connection = new Connection(emulator.baseUrl(), null, emulator.projectId(), "modelarts", false);
        FakeRun a = new FakeRun(new FakeJob("team-a/train"), 1, dir.resolve("a"));
        FakeRun b = new FakeRun(new FakeJob("team-b/train"), 1, dir.resolve("b"));

        try (CredentialsClientFactory factory = new CredentialsClientFactory(new EmbeddedEmulator(), folderStores);
                ClientLease leaseA = factory.lease(connection, a);
                ClientLease leaseB = factory.lease(connection, b)) {
            assertThat(leaseB.client()).isNotSameAs(leaseA.client());
            assertThat(leaseB.key()).isNotEqualTo(leaseA.key());
            assertThat(leaseA.client().jobsV1().list(ListTrainingJobsQuery.defaults()).jobTotalCount()).isZero();
            assertThatThrownBy(() -> leaseB.client().jobsV1().list(ListTrainingJobsQuery.defaults()))
                    .as("team-b's job is read with team-b's keys, not team-a's")
                    .isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).httpStatus()).isEqualTo(401));
            assertThat(leaseA.key().toString() + leaseB.key()).doesNotContain(emulator.secretKey())
                    .doesNotContain("team-b-secret-key").contains("sha256:");
        }
    }

    @Test
    void theSameKeysInTwoFoldersShareOneClient() throws Exception {
        CredentialsLookup sameKeys = (id, run) -> keys(emulator.accessKey(), emulator.secretKey());
        Connection connection = new Connection(emulator.baseUrl(), null, emulator.projectId(), "modelarts", false);

        try (CredentialsClientFactory factory = new CredentialsClientFactory(new EmbeddedEmulator(), sameKeys);
                ClientLease a = factory.lease(connection, new FakeRun(new FakeJob("team-a/train"), 1, dir.resolve("a")));
                ClientLease b = factory.lease(connection, new FakeRun(new FakeJob("team-b/train"), 1, dir.resolve("b")))) {
            assertThat(b.client()).isSameAs(a.client());
            assertThat(b.key()).isEqualTo(a.key());
        }
    }

    @Test
    void aClientLeftBehindByRotatedKeysIsClosedOnlyAfterItsLastLeaseEndsAndItWasIdle() {
        AtomicLong now = new AtomicLong();
        List<ModelArtsClient> closed = new ArrayList<>();
        ClientCache cache = new ClientCache(now::get, Duration.ofMinutes(10), closed::add);
        Connection connection = new Connection(emulator.baseUrl(), null, emulator.projectId(), "modelarts", false);
        ClientLease old = cache.lease(connection.key(ClientCache.fingerprint("aksk", "AK", "old-secret")), this::client);
        ModelArtsClient oldClient = old.client();

        // The key is rotated while a step is still using the old client.
        ClientLease rotated = cache.lease(connection.key(ClientCache.fingerprint("aksk", "AK", "new-secret")), this::client);
        now.addAndGet(Duration.ofHours(1).toNanos());
        cache.lease(rotated.key(), this::client).close();
        assertThat(closed).as("in use: never closed").isEmpty();

        old.close();
        old.close(); // idempotent
        assertThat(closed).as("just released: kept for a while").isEmpty();
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        rotated.close();
        assertThat(closed).containsExactly(oldClient);
        assertThat(cache.size()).isEqualTo(1);

        cache.close();
        assertThat(closed).hasSize(2);
    }

    private ModelArtsClient client() {
        return ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId())
                .credentials(io.jenkins.plugins.modelarts.client.auth.AkSkCredentials.of("AK", "SK")).build();
    }
}
