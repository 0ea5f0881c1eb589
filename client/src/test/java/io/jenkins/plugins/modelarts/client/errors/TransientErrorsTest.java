package io.jenkins.plugins.modelarts.client.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransientErrorsTest {
    @Test
    void throttlingServerErrorsNetworkAndUnreadableAnswersAreWorthAskingAgain() {
        assertThat(new ApiException(429, null, "slow down", null, "GET x").isTransient()).isTrue();
        assertThat(new ApiException(400, "APIGW.0308", "over ratelimit", null, "GET x").isTransient()).isTrue();
        assertThat(new ApiException(503, "APIGW.0201", "backend", null, "GET x").isTransient()).isTrue();
        assertThat(new TransportException("reset", new IOException("reset")).isTransient()).isTrue();
        assertThat(new ResponseDecodingException("truncated", null).isTransient()).isTrue();
    }

    @Test
    void refusedRequestsAreNot() {
        assertThat(new ApiException(400, "ModelArts.0101", "bad", null, "POST x").isTransient()).isFalse();
        assertThat(new ApiException(404, "ModelArts.2775", "gone", null, "GET x").isTransient()).isFalse();
        assertThat(new ApiException(401, "APIGW.0301", "bad signature", null, "GET x").isTransient()).isFalse();
        assertThat(new RequestValidationException("x", List.of("y")).isTransient()).isFalse();
    }
}
