// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

/** An icon with an image URL and a description, as in core. */
public interface StatusIcon {
    String getImageOf(String size);

    String getDescription();
}
