package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/** What to do next after an error, printed on its own line under it: the setting to fix, the flag to add. */
final class ErrorHints {
    private ErrorHints() {}

    static Optional<String> of(Exception e, ConnectionSettings settings) {
        if (e instanceof ApiException api && api.isDuplicateName()) {
            return Optional.of("A job of that name exists already: add --reattach to use it (its id is printed as for a new"
                    + " job), or give this job another name with --job-name NAME.");
        }
        if (e instanceof TransportException) {
            return Optional.of(network(e) + " The endpoint comes from " + settings.endpointSource()
                    + "; set it with --endpoint or MODELARTS_ENDPOINT, or use --region / HUAWEICLOUD_SDK_REGION for the cloud's.");
        }
        return Optional.empty();
    }

    private static String network(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "The endpoint's host name is not known to DNS: check its spelling (or the region's name).";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "Nothing accepts connections at the endpoint's host and port: check the port, and that the service"
                        + " (or `modelarts emulator`) runs there.";
            }
            if (t instanceof SSLException) {
                return "The endpoint does not speak TLS: for a local emulator use http://, not https://.";
            }
            if (t instanceof SocketTimeoutException) {
                return "The endpoint did not answer in time: check the address, its scheme (http:// for a local emulator),"
                        + " and any proxy or firewall on the way.";
            }
        }
        return "Could not reach ModelArts.";
    }
}
