package io.jenkins.plugins.modelarts.emulator.obs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@code size} bytes of repeating log-like text, produced as they are read: block copies from the line
 * repeated to 64 KiB, so serving an object costs the server no more than copying its bytes.
 */
final class GeneratedStream extends InputStream {
    static final byte[] LINE = "generated training log line for streaming tests 0123456789\n".getBytes(StandardCharsets.US_ASCII);
    /** The line repeated: a read copies from the offset of its first byte's position in the line. */
    private static final byte[] LINES = repeated(LINE, 64 * 1024 / LINE.length + 1);
    private final long size;
    private long position;

    GeneratedStream(long size) {
        this.size = size;
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        return LINE[(int) (position++ % LINE.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - position);
        for (int done = 0; done < n; ) {
            int phase = (int) ((position + done) % LINE.length);
            int chunk = Math.min(n - done, LINES.length - phase);
            System.arraycopy(LINES, phase, b, off + done, chunk);
            done += chunk;
        }
        position += n;
        return n;
    }

    private static byte[] repeated(byte[] line, int times) {
        byte[] out = new byte[line.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(line, 0, out, i * line.length, line.length);
        }
        return out;
    }
}
