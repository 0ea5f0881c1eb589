package io.jenkins.plugins.modelarts.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintMarkerTest {
    private static final String FP = "0123456789abcdef";

    @Test
    void markerFollowsTheDescriptionAndIsFoundAgain() {
        String d = FingerprintMarker.describe("nightly resnet", FP);
        assertThat(d).isEqualTo("nightly resnet modelarts-fp:" + FP);
        assertThat(FingerprintMarker.fingerprintIn(d)).contains(FP);
        assertThat(FingerprintMarker.describe(null, FP)).isEqualTo("modelarts-fp:" + FP);
    }

    @Test
    void longDescriptionsAreShortenedToTheDocumentedLimit() {
        String d = FingerprintMarker.describe("x".repeat(300), FP);
        assertThat(d).hasSize(FingerprintMarker.MAX_DESCRIPTION).endsWith(" modelarts-fp:" + FP);
        assertThat(FingerprintMarker.fingerprintIn(d)).contains(FP);
    }

    @Test
    void aMarkedDescriptionIsMarkedOnceAgainNotTwice() {
        String again = FingerprintMarker.describe("old modelarts-fp:" + "f".repeat(16), FP);
        assertThat(again).isEqualTo("old modelarts-fp:" + FP);
    }

    @Test
    void descriptionsWithoutAMarkerOrWithAMarkerInTheMiddleHaveNone() {
        assertThat(FingerprintMarker.fingerprintIn("plain")).isEmpty();
        assertThat(FingerprintMarker.fingerprintIn(null)).isEmpty();
        assertThat(FingerprintMarker.fingerprintIn("modelarts-fp:" + FP + " and more")).isEmpty();
        assertThat(FingerprintMarker.fingerprintIn("modelarts-fp:0123")).isEmpty();
    }
}
