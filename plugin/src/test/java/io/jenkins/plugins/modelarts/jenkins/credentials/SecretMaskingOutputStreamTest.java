package io.jenkins.plugins.modelarts.jenkins.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskingOutputStreamTest {
    private static String masked(List<String> secrets, byte[]... writes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SecretMaskingOutputStream masking = new SecretMaskingOutputStream(out, secrets)) {
            for (byte[] w : writes) {
                masking.write(w);
                masking.flush();
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyOccurrenceIsMaskedTheLongestSecretFirstAndBlankSecretsAreIgnored() throws IOException {
        assertThat(masked(List.of("abc", "abcdef", " ", ""), utf8("abcdef abc xabcx\nabcabc\n")))
                .isEqualTo("**** **** x****x\n********\n");
    }

    @Test
    void aSecretWrittenInPiecesAcrossFlushesIsStillMasked() throws IOException {
        assertThat(masked(List.of("s3cr3t-k3y"), utf8("key=s3c"), utf8("r3t-"), utf8("k3y done\n")))
                .isEqualTo("key=**** done\n");
    }

    @Test
    void aLineLongerThanWhatIsHeldIsPassedOnInPiecesWithoutLettingASecretStraddleThem() throws IOException {
        String secret = "0123456789abcdef";
        for (int offset = -20; offset <= 20; offset++) {
            int at = SecretMaskingOutputStream.MAX_HELD + offset; // where the secret starts, around the first piece's end
            String line = "x".repeat(at) + secret + "y".repeat(100);

            String out = masked(List.of(secret), utf8(line));

            assertThat(out).as("secret at " + at).doesNotContain(secret).contains("x****y").hasSize(line.length() - secret.length() + 4);
        }
    }

    @Test
    void multiByteTextPassesUnchangedAndTheRestOfAnUnendedLineIsWrittenOnClose() throws IOException {
        assertThat(masked(List.of("pässwört"), utf8("模型 pässwört ✓"))).isEqualTo("模型 **** ✓");
    }

    @Test
    void withoutSecretsEverythingPassesAsWritten() throws IOException {
        assertThat(masked(List.of(), utf8("plain\ntext"))).isEqualTo("plain\ntext");
    }
}
