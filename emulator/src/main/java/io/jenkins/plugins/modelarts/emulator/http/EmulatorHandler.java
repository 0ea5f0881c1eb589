package io.jenkins.plugins.modelarts.emulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import io.jenkins.plugins.modelarts.emulator.Faults;
import io.jenkins.plugins.modelarts.emulator.Journal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one HTTP entry point: journals every request, applies faults to ModelArts routes, checks
 * authentication and the project id, routes (v1, v2, IAM, OBS), and renders errors in the body
 * shape of the route. Nothing unexpected reaches the client as a stack trace: it becomes a 500
 * with the API's internal-error code.
 */
public final class EmulatorHandler implements HttpHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITE_BLOCK = 64 * 1024;
    private static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Dropped() {
            super("connection dropped by fault injection", null, false, false);
        }
    }

    private final String projectId;
    private final Gate gate;
    private final V1Routes v1;
    private final V2Routes v2;
    private final IamRoutes iam;
    private final ObsRoutes obs;
    private final Faults faults;
    private final Journal journal;
    private final Clock clock;
    private final Consumer<String> log;
    private final AtomicLong requestIds = new AtomicLong();

    EmulatorHandler(String projectId, Gate gate, V1Routes v1, V2Routes v2, IamRoutes iam, ObsRoutes obs, Faults faults,
            Journal journal, Clock clock, Consumer<String> log) {
        this.projectId = projectId;
        this.gate = gate;
        this.v1 = v1;
        this.v2 = v2;
        this.iam = iam;
        this.obs = obs;
        this.faults = faults;
        this.journal = journal;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Request r = Request.read(exchange);
        String requestId = String.format("emu-%08d", requestIds.incrementAndGet());
        Response response;
        try {
            response = answer(r, requestId);
        } catch (EmulatorException e) {
            response = error(r, e, requestId);
        } catch (Dropped d) {
            journal.add(new Journal.Entry(r.method(), r.rawPath(), r.rawQuery(), 0, clock.instant(), 0));
            log.accept(r.method() + " " + r.rawPath() + " -> dropped");
            throw d;
        } catch (RuntimeException e) {
            log.accept("internal error on " + r.method() + " " + r.rawPath() + ": " + e);
            response = error(r, new EmulatorException(500, "ModelArts.0001", "Internal error"), requestId);
        }
        journal.add(new Journal.Entry(r.method(), r.rawPath(), r.rawQuery(), response.status(), clock.instant(),
                Math.max(0, response.length())));
        log.accept(r.method() + " " + r.rawPath() + " -> " + response.status());
        String family = r.segments().isEmpty() ? "" : r.segments().get(0);
        boolean modelArts = family.equals("v1") || family.equals("v2");
        write(exchange, response.withHeader("X-Request-Id", requestId), modelArts ? faults.trickle() : java.time.Duration.ZERO);
    }

    private Response answer(Request r, String requestId) {
        List<String> s = r.segments();
        String family = s.isEmpty() ? "" : s.get(0);
        if (family.equals("v3")) {
            return iam.route(r);
        }
        if (!family.equals("v1") && !family.equals("v2")) {
            gate.checkObs(r);
            return obs.route(r);
        }
        sleep(faults.latency().toMillis());
        boolean create = r.method().equals("POST") && s.size() == 3 && s.get(2).equals("training-jobs");
        Faults.Fault fault = faults.next(create);
        if (fault instanceof Faults.Throttle t) {
            throw EmulatorException.throttled(t.retryAfter().toSeconds());
        }
        if (fault instanceof Faults.ServerError e) {
            throw new EmulatorException(e.status(), "APIGW.0201", "Backend unavailable");
        }
        if (fault instanceof Faults.DropConnection) {
            throw new Dropped();
        }
        if (fault instanceof Faults.ExpireTokens) {
            faults.expireTokens();
        }
        gate.check(r);
        if (s.size() < 2 || !s.get(1).equals(projectId)) {
            throw EmulatorException.projectMismatch(s.size() < 2 ? "(none)" : s.get(1));
        }
        List<String> rest = s.subList(2, s.size());
        Response response = family.equals("v1") ? Response.json(200, v1.route(r, rest)) : v2.route(r, rest);
        if (fault instanceof Faults.ServerErrorAfterProcessing e) {
            throw new EmulatorException(e.status(), "APIGW.0201", "Bad gateway: the backend did not answer in time");
        }
        if (fault instanceof Faults.Malformed) {
            return Response.bytes(200, "application/json;charset=UTF-8",
                    "{\"is_success\": true, \"jobs\": [{\"job_id\": 1, \"job_na".getBytes(StandardCharsets.UTF_8));
        }
        if (fault instanceof Faults.Garbage g) {
            return Response.bytes(200, "application/json;charset=UTF-8", g.body().getBytes(StandardCharsets.UTF_8));
        }
        if (fault instanceof Faults.Oversized o) {
            return new Response(200, "application/json;charset=UTF-8", new java.util.LinkedHashMap<>(),
                    new PaddedJson(o.bytes()), o.bytes());
        }
        return response;
    }

    /** {@code {"is_success": true, "padding": "xxx...x"}} of exactly {@code length} bytes, made while read. */
    private static final class PaddedJson extends InputStream {
        private static final byte[] HEAD = "{\"is_success\": true, \"padding\": \"".getBytes(StandardCharsets.UTF_8);
        private static final byte[] TAIL = "\"}".getBytes(StandardCharsets.UTF_8);
        private final long length;
        private long position;

        PaddedJson(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            long p = position++;
            if (p < HEAD.length) {
                return HEAD[(int) p];
            }
            long fromEnd = length - p;
            return fromEnd <= TAIL.length ? TAIL[TAIL.length - (int) fromEnd] : 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    private Response error(Request r, EmulatorException e, String requestId) {
        List<String> s = r.segments();
        String family = s.isEmpty() ? "" : s.get(0);
        if (!family.equals("v1") && !family.equals("v2") && !family.equals("v3")) {
            return Response.bytes(e.status(), "application/xml",
                    ObsRoutes.errorXml(e, requestId).getBytes(StandardCharsets.UTF_8));
        }
        ObjectNode body = JSON.createObjectNode();
        boolean gateway = e.code().startsWith("APIGW") || family.equals("v3");
        if (family.equals("v1") && !gateway) {
            body.put("is_success", false);
            body.put("error_code", e.code());
            body.put("error_message", e.getMessage());
        } else {
            body.put("error_code", e.code());
            body.put("error_msg", e.getMessage());
            if (gateway) {
                body.put("request_id", requestId);
            }
        }
        Response response = Response.json(e.status(), body);
        if (e.retryAfterSeconds() != null) {
            response.withHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        return response;
    }

    private static void write(HttpExchange exchange, Response response, java.time.Duration trickle) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        long length = head || response.length() <= 0 ? -1 : response.length();
        if (head && response.length() >= 0) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(response.length()));
        }
        exchange.sendResponseHeaders(response.status(), length);
        try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
            if (!head && length > 0) {
                if (trickle.isZero()) {
                    copy(in, out, length);
                } else {
                    for (int b = in.read(); b >= 0; b = in.read()) {
                        out.write(b);
                        out.flush();
                        sleep(trickle.toMillis());
                        if (Thread.currentThread().isInterrupted()) {
                            return;
                        }
                    }
                }
            }
        }
    }

    /** Copies a body in blocks of up to 64 KiB (transferTo's 8 KiB blocks cost a streamed object a write per 8 KiB). */
    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[(int) Math.min(length, WRITE_BLOCK)];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
