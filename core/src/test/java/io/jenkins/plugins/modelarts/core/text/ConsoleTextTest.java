package io.jenkins.plugins.modelarts.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void plainTextIsReturnedUnchanged() {
        String text = "resnet-50 Running, accuracy 0.93 — 训练 ✓ \uD83D\uDE80";
        assertThat(ConsoleText.safe(text)).isSameAs(text);
    }

    @Test
    void escapeSequencesAndNulBecomeVisibleEscapes() {
        assertThat(ConsoleText.safe("job\u001b[2J\u001b]0;pwned\u0007\u0000end"))
                .isEqualTo("job\\u001b[2J\\u001b]0;pwned\\u0007\\u0000end");
    }

    @Test
    void newlinesAndCarriageReturnsCannotForgeAConsoleLine() {
        assertThat(ConsoleText.safe("Running\r\nFinished: SUCCESS")).isEqualTo("Running\\u000d\\u000aFinished: SUCCESS");
        assertThat(ConsoleText.safe("a\u2028b\u0085c")).isEqualTo("a\\u2028b\\u0085c");
    }

    @Test
    void bidiOverridesAndIsolatesAreEscaped() {
        assertThat(ConsoleText.safe("acc\u202Eycarucca\u202C \u2066x\u2069 \u200F\u061C"))
                .isEqualTo("acc\\u202eycarucca\\u202c \\u2066x\\u2069 \\u200f\\u061c");
    }

    @Test
    void c1ControlsAndDeleteAreEscaped() {
        assertThat(ConsoleText.safe("a\u009b31mb\u007f")).isEqualTo("a\\u009b31mb\\u007f");
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        assertThat(ConsoleText.safe("x\uD800y\uDC00z\uD83D\uDE80")).isEqualTo("x\\ud800y\\udc00z\uD83D\uDE80");
    }

    @Test
    void aLogLineKeepsItsTabsButNothingElse() {
        assertThat(ConsoleText.safeLogLine("epoch\t1\u001b[31m\r")).isEqualTo("epoch\t1\\u001b[31m\\u000d");
        assertThat(ConsoleText.safe("epoch\t1")).isEqualTo("epoch\\u00091");
    }

    @Test
    void nullStaysNull() {
        assertThat(ConsoleText.safe((String) null)).isNull();
        assertThat(ConsoleText.safe((Object) null)).isEqualTo("null");
        assertThat(ConsoleText.wellFormed(null)).isNull();
    }

    @Test
    void wellFormedReplacesOnlyLoneSurrogatesSoTheTextEncodesAsUtf8() {
        String fixed = ConsoleText.wellFormed("acc\uD800\u001b \uD83D\uDE80 \uDC00");
        assertThat(fixed).isEqualTo("acc\uFFFD\u001b \uD83D\uDE80 \uFFFD");
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(fixed)).isTrue();
    }

    @Test
    void aServerErrorMessageStaysOnOneLineWhileOurOwnProblemListsKeepTheirLines() {
        var server = new io.jenkins.plugins.modelarts.client.errors.ApiException(400, "ModelArts.0001",
                "bad\nFinished: SUCCESS\u001b[2J", "req-1", "create");
        String printed = ConsoleText.errorMessage(server);
        assertThat(printed).doesNotContain("\n").doesNotContain("\u001b").contains("Finished: SUCCESS");

        var ours = new IllegalArgumentException("2 problems:\n  - a\u001b\n  - b");
        assertThat(ConsoleText.errorMessage(ours)).isEqualTo("2 problems:\n  - a\\u001b\n  - b");
        assertThat(ConsoleText.errorMessage(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
