package io.jenkins.plugins.modelarts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.HttpLogger;
import java.time.Duration;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A transport whose endpoints are all plain HTTP speaks no TLS, so the JDK's TLS stack is never set up. */
class TransportClientsTest {
    private static OkHttpClient client(boolean cleartextOnly) {
        return TransportClients.forIdempotent(null, null, HttpLogger.Level.NONE, Duration.ofSeconds(60),
                Duration.ofSeconds(10), cleartextOnly);
    }

    @Test
    void plainHttpEndpointsGetAClientWithoutTls() {
        OkHttpClient cleartext = client(true);

        assertThat(cleartext.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
        assertThat(cleartext.x509TrustManager()).isNull();
        assertThat(cleartext.callTimeoutMillis()).isEqualTo(60_000);
    }

    @Test
    void anyHttpsEndpointKeepsTlsAndItsHandshakeBound() {
        OkHttpClient tls = client(false);

        assertThat(tls.connectionSpecs()).anyMatch(ConnectionSpec::isTls);
        assertThat(tls.x509TrustManager()).isNotNull();
        assertThat(tls.sslSocketFactory()).isInstanceOf(HandshakeTimeoutSocketFactory.class);
    }
}
