package io.jenkins.plugins.modelarts.examples;

import static io.jenkins.plugins.modelarts.examples.GroovyCallbacks.closure;

import com.lesfurets.jenkins.unit.BasePipelineTest;
import groovy.lang.Closure;
import hudson.AbortException;
import hudson.model.Result;
import io.jenkins.plugins.modelarts.examples.PipelineSteps.PipelineStep;
import io.jenkins.plugins.modelarts.jenkins.FakeBodyInvoker;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.jenkinsci.plugins.structs.describable.CustomDescribableModel;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Runs a Jenkinsfile from {@code examples/} as one build of the harness's job. Each ModelArts step call is bound
 * by the real step class ({@link DataBoundModel}: an unknown or misspelled parameter or a wrong type fails the
 * run) and then started and awaited as Pipeline would, against the harness's emulator; {@code withModelArts}
 * runs its body in the block's context. {@code sh} runs the {@code modelarts} command line in-process with the
 * environment and console filter of the enclosing block ({@link ShellCommands}); declarative sections are
 * {@link DeclarativeSections}'. Everything printed goes to {@link #console()}.
 */
final class JenkinsfileRunner extends BasePipelineTest {
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

    private final StepHarness harness;
    private final FakeRun run;
    private final StringBuilder console = new StringBuilder();
    private final Deque<Supplier<FakeStepContext>> contexts = new ArrayDeque<>();
    private final List<String> called = new ArrayList<>();
    private final Map<String, Object> currentBuild = new LinkedHashMap<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    final ShellCommands shell;

    JenkinsfileRunner(StepHarness harness, Path examples, Path workspace) throws Exception {
        this.harness = harness;
        this.run = harness.newRun();
        this.shell = new ShellCommands(workspace, console);
        setScriptRoots(new String[] {examples.toString()});
        setScriptExtension("");
        setUp();
        contexts.push(() -> new FakeStepContext(run));
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("BUILD_NUMBER", String.valueOf(run.getNumber()));
        env.put("JOB_NAME", run.getParent().getFullName());
        getBinding().setVariable("env", env);
        getBinding().setVariable("params", params);
        currentBuild.put("number", run.getNumber());
        currentBuild.put("result", null);
        currentBuild.put("currentResult", "SUCCESS");
        getBinding().setVariable("currentBuild", currentBuild);
        registerBasics();
        PipelineSteps.all().values().forEach(this::register);
        new DeclarativeSections(this).register();
    }

    JenkinsfileRunner param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Runs {@code examples/<name>} to its end; the build's result becomes SUCCESS unless a step set another. */
    Object runExample(String name) {
        try {
            return runScript(name);
        } catch (Throwable t) {
            setResult(Result.FAILURE);
            throw t;
        } finally {
            run.finish(run.getResult() == null ? Result.SUCCESS : run.getResult());
        }
    }

    void registerMethod(String name, List<Class<?>> arguments, GroovyCallbacks.Body body) {
        @SuppressWarnings({"rawtypes", "unchecked"})
        List<Class> raw = (List) arguments;
        getHelper().registerAllowedMethod(name, raw, closure(body));
    }

    private void registerBasics() {
        registerMethod("echo", List.of(String.class), a -> println(String.valueOf(a[0])));
        registerMethod("error", List.of(String.class), a -> {
            throw new AbortException(String.valueOf(a[0]));
        });
        registerMethod("stage", List.of(String.class, Closure.class), a -> {
            println("[Pipeline] stage: " + a[0]);
            return ((Closure<?>) a[1]).call();
        });
        registerMethod("node", List.of(Closure.class), a -> ((Closure<?>) a[0]).call());
        registerMethod("node", List.of(String.class, Closure.class), a -> ((Closure<?>) a[1]).call());
        registerMethod("parallel", List.of(Map.class), a -> parallel((Map<?, ?>) a[0]));
        registerMethod("sh", List.of(String.class), a -> shell.run(String.valueOf(a[0]), contexts.peek().get()));
        registerMethod("sh", List.of(Map.class), a -> shell.run(String.valueOf(((Map<?, ?>) a[0]).get("script")),
                contexts.peek().get()));
        registerMethod("archiveArtifacts", List.of(String.class), a -> shell.archive(String.valueOf(a[0])));
        registerMethod("archiveArtifacts", List.of(Map.class), a -> shell.archive(String.valueOf(((Map<?, ?>) a[0]).get("artifacts"))));
    }

    /** Pipeline's {@code parallel}: every branch runs (here one after the other); the first failure is thrown at the end. */
    private Object parallel(Map<?, ?> branches) {
        Map<Object, Object> values = new LinkedHashMap<>();
        Throwable failure = null;
        for (var branch : branches.entrySet()) {
            if ("failFast".equals(branch.getKey())) {
                continue;
            }
            println("[Pipeline] branch " + branch.getKey());
            try {
                values.put(branch.getKey(), ((Closure<?>) branch.getValue()).call());
            } catch (Throwable t) {
                failure = failure == null ? t : failure;
            }
        }
        if (failure != null) {
            throw GroovyCallbacks.rethrow(failure);
        }
        return values;
    }

    private void register(PipelineStep step) {
        String name = step.functionName();
        if (step.takesBody()) {
            registerMethod(name, List.of(Map.class, Closure.class), a -> runStep(step, (Map<?, ?>) a[0], (Closure<?>) a[1]));
            registerMethod(name, List.of(Closure.class), a -> runStep(step, Map.of(), (Closure<?>) a[0]));
        } else {
            registerMethod(name, List.of(Map.class), a -> runStep(step, (Map<?, ?>) a[0], null));
            registerMethod(name, List.of(), a -> runStep(step, Map.of(), null));
        }
    }

    /** One step call: bound by the real class, started in the current context, awaited; a block runs its body in between. */
    private Object runStep(PipelineStep pipelineStep, Map<?, ?> arguments, Closure<?> body) throws Exception {
        called.add(pipelineStep.functionName());
        Map<String, Object> named = new LinkedHashMap<>();
        for (var argument : arguments.entrySet()) {
            named.put(String.valueOf(argument.getKey()), argument.getValue());
        }
        if (pipelineStep.descriptor() instanceof CustomDescribableModel custom) {
            named = custom.customInstantiate(named);
        }
        Step step;
        try {
            step = pipelineStep.model().bind(named);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(pipelineStep.functionName() + ": " + e.getMessage(), e);
        }
        FakeStepContext context = contexts.peek().get();
        boolean topLevel = contexts.size() == 1;
        try {
            StepExecution execution = step.start(context);
            execution.start();
            if (body != null) {
                runBody(context.body(), body);
            }
            return context.await(STEP_TIMEOUT);
        } catch (ExecutionException e) {
            throw GroovyCallbacks.rethrow(e.getCause());
        } finally {
            if (context.result() != null) {
                setResult(context.result());
            }
            if (topLevel) {
                console.append(context.log());
            }
        }
    }

    private void runBody(FakeBodyInvoker invoker, Closure<?> body) {
        if (invoker == null || !invoker.started()) {
            return; // the block failed before starting its body; its context holds the failure
        }
        contexts.push(invoker::bodyContext);
        try {
            invoker.succeed(body.call());
        } catch (Throwable t) {
            invoker.fail(t);
        } finally {
            contexts.pop();
        }
    }

    void setResult(Result result) {
        run.setResult(result);
        currentBuild.put("result", run.getResult().toString());
        currentBuild.put("currentResult", run.getResult().toString());
    }

    Result result() {
        return run.getResult() == null ? Result.SUCCESS : run.getResult();
    }

    private Object println(String line) {
        console.append(line).append('\n');
        return null;
    }

    String console() {
        return console.toString();
    }

    /** The ModelArts steps called, in order. */
    List<String> stepsCalled() {
        return List.copyOf(called);
    }

    FakeRun run() {
        return run;
    }

    StepHarness harness() {
        return harness;
    }
}
