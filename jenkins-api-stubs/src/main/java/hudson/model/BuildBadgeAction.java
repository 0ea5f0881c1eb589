// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

/**
 * Marks an {@link Action} of a build whose {@code badge.jelly} core includes next to the build in the build
 * history widget ({@code Run.getBadgeActions()} selects them from the build's actions).
 */
public interface BuildBadgeAction extends Action {}
