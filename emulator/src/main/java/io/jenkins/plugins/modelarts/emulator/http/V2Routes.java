package io.jenkins.plugins.modelarts.emulator.http;

import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import io.jenkins.plugins.modelarts.emulator.service.Catalog;
import io.jenkins.plugins.modelarts.emulator.service.V2Service;
import java.util.List;

/** Routes {@code /v2/{project_id}/...} to the v2 service. Only routing. */
final class V2Routes {
    private final V2Service jobs;

    V2Routes(V2Service jobs) {
        this.jobs = jobs;
    }

    Response route(Request r, List<String> s) {
        String m = r.method();
        int n = s.size();
        if (n == 1 && s.get(0).equals("training-job-searches") && m.equals("POST")) {
            return Response.json(200, jobs.search(r.json()));
        }
        if (n == 1 && s.get(0).equals("training-job-flavors") && m.equals("GET")) {
            return Response.json(200, Catalog.v2FlavorsAnswer(r.query().get("flavor_type")));
        }
        if (n >= 1 && s.get(0).equals("training-jobs")) {
            if (n == 1 && m.equals("POST")) {
                return Response.json(201, jobs.create(r.json()));
            }
            if (n >= 2) {
                String id = s.get(1);
                String rest = String.join("/", s.subList(2, n));
                if (m.equals("GET") && rest.isEmpty()) {
                    return Response.json(200, jobs.get(id));
                }
                if (m.equals("DELETE") && rest.isEmpty()) {
                    jobs.delete(id);
                    return Response.empty(202);
                }
                if (m.equals("POST") && rest.equals("actions")) {
                    return Response.json(202, jobs.terminate(id, r.json()));
                }
                if (m.equals("GET") && n == 6 && s.get(2).equals("tasks") && s.get(4).equals("logs") && s.get(5).equals("preview")) {
                    return Response.json(200, jobs.logPreview(id, s.get(3)));
                }
                if (m.equals("GET") && n == 4 && s.get(2).equals("metrics")) {
                    return Response.json(200, jobs.metrics(id, s.get(3)));
                }
            }
        }
        throw EmulatorException.noRoute(m, r.rawPath());
    }
}
