package io.jenkins.plugins.modelarts.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** {@link HmacSha256} gives the bytes of RFC 4231 and of the JDK's {@code Mac}, for keys below, at and above a block. */
class HmacSha256Test {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] repeat(int value, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static String mac(byte[] key, byte[] data) {
        return HEX.formatHex(HmacSha256.mac(key, data));
    }

    @Test
    void rfc4231TestCases() {
        assertThat(mac(repeat(0x0b, 20), "Hi There".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        assertThat(mac("Jefe".getBytes(StandardCharsets.US_ASCII),
                        "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(mac(repeat(0xaa, 20), repeat(0xdd, 50)))
                .isEqualTo("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        assertThat(mac(HEX.parseHex("0102030405060708090a0b0c0d0e0f10111213141516171819"), repeat(0xcd, 50)))
                .isEqualTo("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
        assertThat(mac(repeat(0xaa, 131),
                        "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        assertThat(mac(repeat(0xaa, 131), ("This is a test using a larger than block-size key and a larger than block-size"
                        + " data. The key needs to be hashed before being used by the HMAC algorithm.")
                        .getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }

    @Test
    void sameBytesAsTheJdksMacForKeysAndDataOfEveryLengthAroundABlock() throws Exception {
        Random random = new Random(16);
        for (int keyLength = 0; keyLength <= 130; keyLength++) {
            byte[] key = new byte[keyLength];
            byte[] data = new byte[random.nextInt(300)];
            random.nextBytes(key);
            random.nextBytes(data);
            Mac jdk = Mac.getInstance("HmacSHA256");
            // the JDK refuses an empty key; HMAC pads it with zeros like any short key, which one zero byte gives too
            jdk.init(new SecretKeySpec(keyLength == 0 ? new byte[1] : key, "HmacSHA256"));
            assertThat(mac(key, data)).as("key of %d bytes", keyLength).isEqualTo(HEX.formatHex(jdk.doFinal(data)));
        }
    }
}
