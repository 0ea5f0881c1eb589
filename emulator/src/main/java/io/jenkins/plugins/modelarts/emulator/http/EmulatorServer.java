package io.jenkins.plugins.modelarts.emulator.http;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.modelarts.emulator.Faults;
import io.jenkins.plugins.modelarts.emulator.Journal;
import io.jenkins.plugins.modelarts.emulator.ObsBuckets;
import io.jenkins.plugins.modelarts.emulator.obs.ObjectStore;
import io.jenkins.plugins.modelarts.emulator.service.JobConfigService;
import io.jenkins.plugins.modelarts.emulator.service.LogArchive;
import io.jenkins.plugins.modelarts.emulator.service.ScriptBook;
import io.jenkins.plugins.modelarts.emulator.service.V1Service;
import io.jenkins.plugins.modelarts.emulator.service.V2Service;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Wires the layers (stores → services → routes → handler) onto one {@link HttpServer}. */
public final class EmulatorServer {
    private final HttpServer http;
    private final ExecutorService executor;
    private final ScriptBook scripts = new ScriptBook();
    private final ObjectStore objects = new ObjectStore();
    private final Tokens tokens;
    private final Faults faults;
    private final Journal journal = new Journal();
    private final V1Service v1;
    private final V2Service v2;
    private final JobConfigService configs;
    private final ObsBuckets obs;

    public EmulatorServer(HttpServer http, Clock clock, boolean authRequired, String projectId, String accessKey,
            String secretKey, String iamUser, String iamPassword, String iamDomain, Consumer<String> log) {
        this.http = http;
        this.tokens = new Tokens(clock);
        this.faults = new Faults(tokens::expireAll);
        LogArchive logs = new LogArchive(objects, clock);
        this.v1 = new V1Service(clock, scripts, logs);
        this.v2 = new V2Service(clock, scripts, logs);
        this.configs = new JobConfigService(clock);
        this.obs = new ObsBuckets(objects, clock);
        Gate gate = new Gate(authRequired, Map.of(accessKey, secretKey), tokens, clock);
        EmulatorHandler handler = new EmulatorHandler(projectId, gate, new V1Routes(v1, configs), new V2Routes(v2),
                new IamRoutes(tokens, iamUser, iamPassword, iamDomain, projectId), new ObsRoutes(objects), faults, journal,
                clock, log);
        http.createContext("/", handler);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "modelarts-emulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
    }

    public void start() {
        http.start();
    }

    public void stop() {
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public java.net.InetSocketAddress address() {
        return http.getAddress();
    }

    public ScriptBook scripts() {
        return scripts;
    }

    public Faults faults() {
        return faults;
    }

    public Journal journal() {
        return journal;
    }

    public ObsBuckets obs() {
        return obs;
    }

    public void reset() {
        v1.clear();
        v2.clear();
        configs.clear();
        objects.clear();
        tokens.clear();
        scripts.clear();
        faults.clear();
        journal.clear();
    }
}
