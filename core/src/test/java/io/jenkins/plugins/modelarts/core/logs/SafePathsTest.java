package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafePathsTest {
    @TempDir
    Path target;

    @Test
    void ordinaryKeysLandUnderTheTarget() {
        assertThat(SafePaths.resolve(target, "worker-0.log")).hasValue(target.toAbsolutePath().resolve("worker-0.log"));
        assertThat(SafePaths.resolve(target, "a/b/训练.log")).hasValue(target.toAbsolutePath().resolve("a/b/训练.log"));
        assertThat(SafePaths.resolve(target, "..hidden/x..y.log")).isPresent();
    }

    @Test
    void keysThatCouldEscapeAreRefused() {
        for (String hostile : new String[] {"../escape.log", "a/../../escape.log", "/etc/passwd", "a//b.log", "./a.log",
                "a/..", "..", "C:\\windows\\x.log", "a\\..\\b", "nul\u0000byte", "tab\tname", "a/b/", ""}) {
            assertThat(SafePaths.resolve(target, hostile)).as(hostile).isEmpty();
        }
    }
}
