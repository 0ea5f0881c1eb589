package io.jenkins.plugins.modelarts.emulator.obs;

import java.io.InputStream;

/** {@code size} bytes of repeating log-like text, produced as they are read. */
final class GeneratedStream extends InputStream {
    private static final byte[] LINE = "generated training log line for streaming tests 0123456789\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = LINE[(int) ((position + i) % LINE.length)];
        }
        position += n;
        return n;
    }
}
