// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.Loadable;
import org.kohsuke.stapler.HttpDeletable;
import org.kohsuke.stapler.StaplerProxy;

/**
 * Real class is {@code @ExportedBean} (runtime-only; dropped). {@link #getFullName()} and
 * {@link #getFullDisplayName()} are {@code final} in core, so fakes could not override them; they run the real
 * (pure) composition of {@code getParent()}, {@code getName()} and {@code getDisplayName()}.
 * As in core, {@link #getParent()} returns the raw {@code ItemGroup}, so javac reports an unchecked override on every
 * subclass declaration: test fakes extending {@link Job} need {@code @SuppressWarnings("unchecked")} under {@code -Werror}
 * (with the real core as well).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public abstract class AbstractItem extends Actionable implements Loadable, Item, HttpDeletable, AccessControlled, DescriptorByNameOwner, StaplerProxy {

    protected AbstractItem(ItemGroup parent, String name) {
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @SuppressWarnings("unchecked")
    @Override
    public @NonNull ItemGroup getParent() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public abstract Collection<? extends Job> getAllJobs();

    @Override
    public final String getFullName() {
        String n = getParent().getFullName();
        if (n.isEmpty()) {
            return getName();
        }
        return n + '/' + getName();
    }

    @Override
    public final String getFullDisplayName() {
        String n = getParent().getFullDisplayName();
        if (n.isEmpty()) {
            return getDisplayName();
        }
        return n + " \u00bb " + getDisplayName();
    }

    @Override
    public final String getUrl() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
