// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import hudson.ExtensionPoint;
import java.util.Collection;
import java.util.SortedMap;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;
import org.kohsuke.stapler.StaplerOverridable;

/**
 * Declares the real abstract members ({@code isBuildable}, {@code _getRuns}, {@code removeRun}) so that test fakes
 * compile against real core too. {@code getBuilds()} (RunList) and {@code getProperty} (JobProperty) are not declared.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends AbstractItem implements ExtensionPoint, StaplerOverridable, ModelObjectWithChildren, HasWidgets {

    protected Job(ItemGroup parent, String name) {
        super(parent, name);
    }

    @Override
    public Collection<? extends Job> getAllJobs() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public abstract boolean isBuildable();

    protected abstract SortedMap<Integer, ? extends RunT> _getRuns();

    protected abstract void removeRun(RunT run);

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public RunT getLastSuccessfulBuild() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public RunT getLastCompletedBuild() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
