package io.jenkins.plugins.modelarts.jenkins.credentials;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replaces every occurrence of a secret in a console stream with {@code ****}, as
 * {@code withCredentials} masks its values. Output is held until the end of each line (or
 * {@link #close()}) so that a secret written in pieces is still found; a line longer than 64 KiB is
 * passed on in pieces, holding back enough bytes that no secret can straddle two pieces.
 */
public final class SecretMaskingOutputStream extends FilterOutputStream {
    static final int MAX_HELD = 64 * 1024;
    private static final byte[] MASK = "****".getBytes(StandardCharsets.US_ASCII);

    private final List<byte[]> secrets;
    private final int longest;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /** Masks {@code secrets} (blank ones ignored) in what is written to {@code out}, in UTF-8. */
    public SecretMaskingOutputStream(OutputStream out, Collection<String> secrets) {
        super(Objects.requireNonNull(out, "out == null"));
        this.secrets = secrets.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .sorted(Comparator.comparingInt((byte[] b) -> b.length).reversed()) // the longest match wins
                .toList();
        this.longest = this.secrets.isEmpty() ? 0 : this.secrets.get(0).length;
    }

    @Override
    public void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            pass(true);
        } else if (line.size() >= MAX_HELD) {
            pass(false);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    /** Flushes what has been masked; a line not ended yet is held until it ends. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        pass(true);
        super.close();
    }

    /**
     * Masks the held bytes and passes them on: all of them at the end of a line, otherwise all but
     * the last {@code longest - 1}, where a secret may begin that is not complete yet. A match is only
     * begun before that point, so it lies wholly within the held bytes.
     */
    private void pass(boolean all) throws IOException {
        byte[] held = line.toByteArray();
        line.reset();
        int cut = all ? held.length : Math.max(0, held.length - Math.max(0, longest - 1));
        ByteArrayOutputStream masked = new ByteArrayOutputStream(held.length);
        int i = 0;
        while (i < cut) {
            byte[] secret = secretAt(held, i);
            if (secret != null) {
                masked.write(MASK, 0, MASK.length);
                i += secret.length;
            } else {
                masked.write(held[i]);
                i++;
            }
        }
        line.write(held, i, held.length - i);
        masked.writeTo(out);
    }

    private byte[] secretAt(byte[] data, int at) {
        for (byte[] secret : secrets) {
            if (at + secret.length <= data.length && regionMatches(data, at, secret)) {
                return secret;
            }
        }
        return null;
    }

    private static boolean regionMatches(byte[] data, int at, byte[] secret) {
        for (int j = 0; j < secret.length; j++) {
            if (data[at + j] != secret[j]) {
                return false;
            }
        }
        return true;
    }
}
