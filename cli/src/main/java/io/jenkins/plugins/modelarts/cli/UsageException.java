package io.jenkins.plugins.modelarts.cli;

import java.util.List;

/** Bad input found by the CLI itself (exit code 2); lists every problem. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    static UsageException of(String what, List<String> problems) {
        StringBuilder sb = new StringBuilder(what);
        for (String p : problems) {
            sb.append("\n  - ").append(p);
        }
        return new UsageException(sb.toString());
    }
}
