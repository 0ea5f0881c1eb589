package io.jenkins.plugins.modelarts.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Descriptor;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.TopLevelItem;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;

/** The shapes plugin tests rely on: fakes of Run/Job/StepContext, descriptors and executions construct and work. */
class FakesCompileTest {

    @Test
    void fakeRunAndJobCanBeBuiltAndComposeTheirFullName() throws Exception {
        FakeJob job = new FakeJob(new FakeFolder("team"), "train");
        FakeRun run = new FakeRun(job);
        assertThat(run.getParent().getFullName()).isEqualTo("team/train");
        assertThat(job.getFullDisplayName()).isEqualTo("team \u00bb train");
    }

    @Test
    void aFakeRunsStartTimeIsItsTimestampAsInCoreForABuildWithoutARecordedStart() throws Exception {
        FakeRun run = new FakeRun(new FakeJob(new FakeFolder("team"), "train"));
        run.scheduledAt(1_714_557_600_000L);
        assertThat(run.getStartTimeInMillis()).isEqualTo(1_714_557_600_000L);
    }

    @Test
    void stepExecutionUsesItsContextAndFailsOnStop() throws Exception {
        FakeContext context = new FakeContext();
        StepExecution execution = new DemoStep().start(context);
        assertThat(execution.getContext()).isSameAs(context);
        assertThat(execution.getStatus()).isNull();
        assertThat(execution.blocksRestart()).isFalse();
        IOException cause = new IOException("stopped");
        execution.stop(cause);
        assertThat(context.failure).isSameAs(cause);
    }

    @Test
    void nestedDescriptorsInferTheirDescribableClass() {
        assertThat(new DemoStep.DescriptorImpl().clazz).isEqualTo(DemoStep.class);
        assertThat(new DemoBuilder.DescriptorImpl().clazz).isEqualTo(DemoBuilder.class);
        DemoConfig config = new DemoConfig();
        assertThat(config.clazz).isEqualTo(DemoConfig.class);
        assertThat(config.getDescriptor()).isSameAs(config);
    }

    static final class DemoStep extends Step {
        @DataBoundConstructor
        public DemoStep() {
        }

        @Override
        public StepExecution start(StepContext context) {
            return new StepExecution(context) {
                private static final long serialVersionUID = 1L;

                @Override
                public boolean start() {
                    return false;
                }
            };
        }

        @Extension
        public static final class DescriptorImpl extends StepDescriptor {
            @Override
            public Set<? extends Class<?>> getRequiredContext() {
                return Set.of(Run.class, TaskListener.class);
            }

            @Override
            public String getFunctionName() {
                return "demo";
            }
        }
    }

    static final class DemoBuilder extends Builder {
        @Symbol("demoBuilder")
        @Extension
        public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
            @Override
            @SuppressWarnings("rawtypes")
            public boolean isApplicable(Class<? extends AbstractProject> jobType) {
                return true;
            }
        }
    }

    static final class DemoConfig extends GlobalConfiguration {
    }

    static final class FakeContext extends StepContext {
        private static final long serialVersionUID = 1L;
        Throwable failure;

        @Override
        public <T> T get(Class<T> key) {
            return null;
        }

        @Override
        public void onSuccess(Object result) {
        }

        @Override
        public void onFailure(Throwable t) {
            failure = t;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public ListenableFuture<Void> saveState() {
            return Futures.immediateFuture(null);
        }

        @Override
        public void setResult(Result r) {
        }

        @Override
        public BodyInvoker newBodyInvoker() {
            throw new IllegalStateException("no body");
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    static final class FakeFolder implements ItemGroup<TopLevelItem> {
        private final String name;

        FakeFolder(String name) {
            this.name = name;
        }

        @Override
        public String getFullName() {
            return name;
        }

        @Override
        public String getFullDisplayName() {
            return name;
        }

        @Override
        public Collection<TopLevelItem> getItems() {
            return Set.of();
        }

        @Override
        public String getUrl() {
            return "job/" + name + "/";
        }

        @Override
        public String getUrlChildPrefix() {
            return "job";
        }

        @Override
        public TopLevelItem getItem(String itemName) {
            return null;
        }

        @Override
        public File getRootDirFor(TopLevelItem child) {
            return new File(name);
        }

        @Override
        public void onDeleted(TopLevelItem item) {
        }

        @Override
        public String getDisplayName() {
            return name;
        }
    }

    @SuppressWarnings("unchecked")
    static final class FakeJob extends Job<FakeJob, FakeRun> {
        private final ItemGroup<?> parent;
        private final String name;

        FakeJob(ItemGroup<?> parent, String name) {
            super(parent, name);
            this.parent = parent;
            this.name = name;
        }

        @Override
        public ItemGroup<?> getParent() {
            return parent;
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
        public boolean isBuildable() {
            return true;
        }

        @Override
        protected SortedMap<Integer, ? extends FakeRun> _getRuns() {
            return new TreeMap<>();
        }

        @Override
        protected void removeRun(FakeRun run) {
        }
    }

    static final class FakeRun extends Run<FakeJob, FakeRun> {
        private final FakeJob job;

        FakeRun(FakeJob job) throws IOException {
            super(job);
            this.job = job;
        }

        void scheduledAt(long millis) {
            timestamp = millis;
        }

        @Override
        public FakeJob getParent() {
            return job;
        }
    }

    @SuppressWarnings("unused")
    private static Descriptor<?> descriptorTypeIsUsable(Descriptor<?> d) {
        return d;
    }
}
