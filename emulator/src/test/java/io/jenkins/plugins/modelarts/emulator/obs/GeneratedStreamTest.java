package io.jenkins.plugins.modelarts.emulator.obs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GeneratedStreamTest {
    /** Byte {@code i} of any generated object: the line, repeated. */
    private static byte expected(long i) {
        return GeneratedStream.LINE[(int) (i % GeneratedStream.LINE.length)];
    }

    @Test
    void blockReadsOfAnySizeGiveTheRepeatedLineExactlySizeLong() throws IOException {
        long size = 3L * 64 * 1024 + 17; // crosses the repeated block several times, ends mid-line
        for (int chunk : new int[] {1, 7, 59, 60, 8192, 65_537, 300_000}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GeneratedStream in = new GeneratedStream(size)) {
                byte[] buffer = new byte[chunk + 3];
                for (int n; (n = in.read(buffer, 3, chunk)) > 0; ) {
                    out.write(buffer, 3, n);
                }
            }
            byte[] got = out.toByteArray();
            assertThat(got).as("read %d at a time", chunk).hasSize((int) size);
            for (int i = 0; i < got.length; i++) {
                if (got[i] != expected(i)) {
                    throw new AssertionError("byte " + i + " read " + chunk + " at a time: " + got[i] + ", not " + expected(i));
                }
            }
        }
    }

    @Test
    void singleByteAndBlockReadsMix() throws IOException {
        try (GeneratedStream in = new GeneratedStream(200)) {
            assertThat(in.read()).isEqualTo(expected(0));
            byte[] block = new byte[150];
            assertThat(in.read(block, 0, 150)).isEqualTo(150);
            assertThat(block[0]).isEqualTo(expected(1));
            assertThat(block[149]).isEqualTo(expected(150));
            assertThat(in.read(block, 0, 150)).isEqualTo(49);
            assertThat(block[48]).isEqualTo(expected(199));
            assertThat(in.read(block, 0, 150)).isEqualTo(-1);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(block, 0, 0)).isZero();
        }
    }
}
