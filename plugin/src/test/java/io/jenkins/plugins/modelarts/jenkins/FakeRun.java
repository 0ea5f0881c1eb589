package io.jenkins.plugins.modelarts.jenkins;

import hudson.model.Action;
import hudson.model.Cause;
import hudson.model.Result;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.RunAction2;

/** A build for unit tests: a number, a folder on disk, actions, causes, a result and a chain of earlier builds. */
public final class FakeRun extends Run<FakeJob, FakeRun> {
    private final FakeJob job;
    private final int number;
    private final Path root;
    private final List<Action> actions = new CopyOnWriteArrayList<>();
    private final List<Cause> causes = new CopyOnWriteArrayList<>();
    private volatile Result result;
    private volatile boolean finished;
    private long duration;
    private FakeRun previous;
    private int saves;

    public FakeRun(FakeJob job, int number, Path jobDir) throws IOException {
        super(job);
        this.job = job;
        this.number = number;
        this.root = Files.createDirectories(jobDir.resolve("builds").resolve(String.valueOf(number)));
        this.previous = job.getLastBuild();
        job.add(this);
    }

    /** This build's result becomes {@code result} (a finished build, for baselines and trends). */
    public FakeRun finish(Result result) {
        this.result = result;
        this.finished = true;
        return this;
    }

    /** This build started at {@code startMillis} and took {@code durationMillis} (core's getStartTimeInMillis is final: the stub's answers the timestamp). */
    public FakeRun timed(long startMillis, long durationMillis) {
        this.timestamp = startMillis;
        this.duration = durationMillis;
        return this;
    }

    /** Running until {@link #finish} is called. */
    @Override
    public boolean isBuilding() {
        return !finished;
    }

    @Override
    public long getDuration() {
        return duration;
    }

    /** This build was started for the reason {@code description} ("Started by user alice"), as a {@link Cause} says. */
    public FakeRun causedBy(String description) {
        causes.add(new Cause() {
            @Override
            public String getShortDescription() {
                return description;
            }
        });
        return this;
    }

    @Override
    public List<Cause> getCauses() {
        return List.copyOf(causes);
    }

    public int saves() {
        return saves;
    }

    @Override
    public FakeJob getParent() {
        return job;
    }

    @Override
    public int getNumber() {
        return number;
    }

    @Override
    public File getRootDir() {
        return root.toFile();
    }

    @Override
    public String getFullDisplayName() {
        return job.getName() + " #" + number;
    }

    /** {@code job/NAME/NUMBER/}, relative to the root as core's is for a top-level job. */
    @Override
    public String getUrl() {
        return "job/" + job.getName() + "/" + number + "/";
    }

    @Override
    public String getExternalizableId() {
        return job.getName() + "#" + number;
    }

    @Override
    public <T extends Action> T getAction(Class<T> type) {
        for (Action a : actions) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    @Override
    public <T extends Action> List<T> getActions(Class<T> type) {
        List<T> found = new ArrayList<>();
        actions.stream().filter(type::isInstance).map(type::cast).forEach(found::add);
        return found;
    }

    @Override
    public void addAction(Action a) {
        actions.add(a);
        if (a instanceof RunAction2 attached) {
            attached.onAttached(this);
        }
    }

    @Override
    public Result getResult() {
        return result;
    }

    @Override
    public void setResult(Result r) {
        result = result == null ? r : result.combine(r);
    }

    @Override
    public FakeRun getPreviousBuild() {
        return previous;
    }

    @Override
    public FakeRun getPreviousSuccessfulBuild() {
        for (FakeRun b = previous; b != null; b = b.previous) {
            if (b.result == Result.SUCCESS) {
                return b;
            }
        }
        return null;
    }

    @Override
    public synchronized void save() {
        saves++;
    }
}
