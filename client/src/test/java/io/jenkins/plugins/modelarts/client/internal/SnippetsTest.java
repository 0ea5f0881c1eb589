package io.jenkins.plugins.modelarts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void shortTextIsKeptOnOneLine() {
        assertThat(Snippets.of("  <h1>Bad\r\n\tGateway</h1>\n")).isEqualTo("<h1>Bad Gateway</h1>");
    }

    @Test
    void longTextIsCutToAtMost120CharactersWithAnEllipsis() {
        String cut = Snippets.of("a".repeat(500));

        assertThat(cut).hasSize(120).endsWith("a…");
        assertThat(Snippets.of("b".repeat(120))).isEqualTo("b".repeat(120));
        assertThat(Snippets.of("c".repeat(120) + "   ")).isEqualTo("c".repeat(120));
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(Snippets.of("a\u0000b\u001bc")).isEqualTo("a b c");
    }

    @Test
    void bytesAreDecodedAsUtf8AndLongBodiesMarkedAsCut() {
        assertThat(Snippets.of("{\"msg\":\"Grüße\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"msg\":\"Grüße\"}");
        assertThat(Snippets.of(("x" + " ".repeat(1000) + "y").getBytes(StandardCharsets.UTF_8))).isEqualTo("x…");
        assertThat(Snippets.of("😀".repeat(200))).hasSizeLessThanOrEqualTo(120).endsWith("😀…");
    }
}
