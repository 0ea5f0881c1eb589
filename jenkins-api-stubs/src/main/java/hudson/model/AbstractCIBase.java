// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import hudson.security.AccessControlled;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;

/** Minimal: real supertypes and the one member that implements {@link ItemGroup#getUrl()}. */
public abstract class AbstractCIBase extends Node implements ItemGroup<TopLevelItem>, StaplerProxy, StaplerFallback, ViewGroup, AccessControlled, DescriptorByNameOwner {
    /** @deprecated as in core: always {@code ""}; use {@code Jenkins#getRootUrl()}. */
    @Override
    @Deprecated
    public String getUrl() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
