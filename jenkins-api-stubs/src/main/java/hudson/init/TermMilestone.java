// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.init;

import org.jvnet.hudson.reactor.Milestone;

/** Real constants; {@code toString()} returns the real message. {@code ordering()} is not declared. */
public enum TermMilestone implements Milestone {
    STARTED("Started termination"),
    COMPLETED("Completed termination");

    private final String message;

    TermMilestone(String message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return message;
    }
}
