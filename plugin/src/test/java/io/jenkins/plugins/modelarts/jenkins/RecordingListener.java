package io.jenkins.plugins.modelarts.jenkins;

import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A build console that keeps what was printed. */
public final class RecordingListener implements TaskListener {
    private static final long serialVersionUID = 1L;
    private final transient ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final transient PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Override
    public PrintStream getLogger() {
        return out;
    }

    public String text() {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
