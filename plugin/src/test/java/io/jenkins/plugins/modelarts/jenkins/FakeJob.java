package io.jenkins.plugins.modelarts.jenkins;

import hudson.model.ItemGroup;
import hudson.model.Job;
import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A Jenkins job for unit tests: a name, a folder, and the builds the test made. */
@SuppressWarnings("unchecked") // AbstractItem.getParent() returns a raw ItemGroup in core too
public final class FakeJob extends Job<FakeJob, FakeRun> {
    private final String name;
    private final TreeMap<Integer, FakeRun> builds = new TreeMap<>();

    public FakeJob(String name) {
        super(null, name);
        this.name = name;
    }

    void add(FakeRun run) {
        builds.put(run.getNumber(), run);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayName() {
        return name;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // AbstractItem.getParent() is raw in core too
    public ItemGroup getParent() {
        return Root.INSTANCE;
    }

    @Override
    public boolean isBuildable() {
        return true;
    }

    @Override
    protected SortedMap<Integer, ? extends FakeRun> _getRuns() {
        return builds;
    }

    @Override
    protected void removeRun(FakeRun run) {
        builds.remove(run.getNumber());
    }

    @Override
    public FakeRun getLastBuild() {
        return builds.isEmpty() ? null : builds.lastEntry().getValue();
    }

    /** Fake builds are complete as soon as they exist. */
    @Override
    public FakeRun getLastCompletedBuild() {
        return getLastBuild();
    }

    @Override
    public FakeRun getBuildByNumber(int n) {
        return builds.get(n);
    }

    @Override
    public Collection<? extends Job> getAllJobs() {
        return List.of(this);
    }

    /** The top of the item tree: its full name is empty, as Jenkins' is. */
    @SuppressWarnings("rawtypes")
    enum Root implements ItemGroup {
        INSTANCE;

        @Override
        public String getFullName() {
            return "";
        }

        @Override
        public String getFullDisplayName() {
            return "";
        }

        @Override
        public Collection getItems() {
            return List.of();
        }

        @Override
        public String getUrl() {
            return "";
        }

        @Override
        public String getUrlChildPrefix() {
            return "job";
        }

        @Override
        public hudson.model.Item getItem(String name) {
            return null;
        }

        @Override
        public File getRootDirFor(hudson.model.Item child) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onDeleted(hudson.model.Item item) {}

        public File getRootDir() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getDisplayName() {
            return "Jenkins";
        }
    }
}
