// Stub of org.jenkins-ci.main:remoting 3261.v9c670a_4748a_9 — compile-only; see docs/jenkins-compatibility.md
package hudson.remoting;

/** Member-less here; only used as a parameter type of {@code FilePath} and {@code Launcher}. */
public interface VirtualChannel {
}
