// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.util.List;
import jenkins.console.WithConsoleUrl;
import jenkins.model.ArtifactManager;
import jenkins.model.HistoricalBuild;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;
import org.springframework.security.access.AccessDeniedException;

/**
 * The real class is annotated {@code @ExportedBean} (REST export; runtime-only, dropped here). The constructor is
 * empty so tests can subclass this as a fake; every method throws but {@link #getStartTimeInMillis()}. {@code final}
 * methods ({@link #getStartTimeInMillis()}, {@link #getArtifactManager()}, {@link #pickArtifactManager()}) are final in
 * core too and therefore cannot be faked: {@link #getStartTimeInMillis()} works as core's does for a build whose start
 * was not recorded (its private {@code startTime} is 0): it answers {@link #timestamp}, which a fake sets.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends Actionable implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy, HistoricalBuild, WithConsoleUrl {

    /** When the build was scheduled, in epoch milliseconds (in core too a protected field, commented "final"). */
    protected long timestamp;

    protected Run(@NonNull JobT job) throws IOException {
    }

    @Override
    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public int compareTo(@NonNull RunT that) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    /** Core's fallback branch: its private {@code startTime} is not in the stub, so this is always the timestamp. */
    public final long getStartTimeInMillis() {
        return timestamp;
    }

    public long getDuration() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @CheckForNull RunT getPreviousBuild() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @CheckForNull RunT getPreviousSuccessfulBuild() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull List<Cause> getCauses() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @CheckForNull RunT getNextBuild() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull String getId() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull File getRootDir() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public final @NonNull ArtifactManager getArtifactManager() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public final synchronized @NonNull ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public @NonNull ACL getACL() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public void setDescription(String description) throws IOException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull EnvVars getEnvironment(@NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull String getExternalizableId() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @CheckForNull static Run<?, ?> fromExternalizableId(String id) throws IllegalArgumentException, AccessDeniedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
