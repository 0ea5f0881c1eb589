package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ObsAccessExceptionTest {
    @Test
    void aRefusedConnectionIsReportedAsOneNotAsAnHttpStatus() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (ObsObjectSource source = new ObsObjectSource("http://127.0.0.1:" + port, "AK", "SK", null, true)) {
            assertThatThrownBy(() -> source.list(ObsPath.parse("/log-bucket/logs/"), entry -> {}))
                    .isInstanceOf(ObsAccessException.class)
                    .hasMessageContaining("could not connect to OBS")
                    .hasMessageContaining("refused")
                    .hasMessageNotContaining("HTTP 408");
        }
    }
}
