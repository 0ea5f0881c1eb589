package io.jenkins.plugins.modelarts.it;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.time.Duration;

/** Clients for the emulator, as users would build them. Retries wait 1 ms so fault tests stay fast. */
final class Clients {
    private Clients() {}

    static RetryPolicy quickRetries(int attempts) {
        return RetryPolicy.defaults().newBuilder()
                .maxAttempts(attempts)
                .baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(5))
                .maxRetryAfter(Duration.ofMillis(50))
                .build();
    }

    static ModelArtsClient akSk(ModelArtsEmulator emulator, RetryPolicy retryPolicy) {
        return akSk(emulator, retryPolicy, Sleeper.SYSTEM);
    }

    /** As above, pausing between attempts through {@code sleeper} (a recording one sees every wait). */
    static ModelArtsClient akSk(ModelArtsEmulator emulator, RetryPolicy retryPolicy, Sleeper sleeper) {
        return ModelArtsClient.builder()
                .endpoint(emulator.baseUrl())
                .projectId(emulator.projectId())
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()))
                .retryPolicy(retryPolicy)
                .sleeper(sleeper)
                .build();
    }

    static ModelArtsClient iam(ModelArtsEmulator emulator, RetryPolicy retryPolicy) {
        return ModelArtsClient.builder()
                .endpoint(emulator.baseUrl())
                .projectId(emulator.projectId())
                .credentials(new IamPasswordCredentials(
                        emulator.iamUser(), emulator.iamPassword(), emulator.iamDomain(), emulator.baseUrl()))
                .retryPolicy(retryPolicy)
                .build();
    }
}
