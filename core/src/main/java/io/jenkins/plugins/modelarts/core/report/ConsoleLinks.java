package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to a job's page in the Huawei Cloud ModelArts console, for the build page, the report and the
 * CLI's output. The console's addresses are not part of the API documents; this is the one place that
 * knows their form: {@code https://console.huaweicloud.com/modelarts/?region=REGION#/trainingJobs/…}.
 * The region is the connection's, else read from an endpoint such as
 * {@code https://modelarts.cn-north-4.myhuaweicloud.com}; other endpoints (the emulator) get no link.
 */
public final class ConsoleLinks {
    static final String CONSOLE = "https://console.huaweicloud.com/modelarts/";
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ENDPOINT = Pattern.compile("modelarts\\.([a-z0-9-]+)\\.myhuaweicloud\\.(com|cn)");

    private ConsoleLinks() {}

    /** The region a connection names, or the one in its endpoint's host name. */
    public static Optional<String> region(String region, String endpoint) {
        if (region != null && REGION.matcher(region.trim()).matches()) {
            return Optional.of(region.trim());
        }
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(endpoint.trim()).getHost();
            Matcher m = host == null ? null : ENDPOINT.matcher(host.toLowerCase(Locale.ROOT));
            return m != null && m.matches() && REGION.matcher(m.group(1)).matches() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The job's console page in a region. */
    public static String job(JobRef ref, String region) {
        String base = CONSOLE + "?region=" + encode(region) + "#/trainingJobs/";
        if (ref.api() == JobRef.Api.V1) {
            return base + "trainingJobDetail?jobId=" + encode(ref.jobId())
                    + (ref.hasVersion() ? "&versionId=" + ref.versionId() : "");
        }
        return base + "trainingJobDetailNew?jobId=" + encode(ref.jobId());
    }

    /** {@link #job} when the connection's region is known. */
    public static Optional<String> job(JobRef ref, String region, String endpoint) {
        return region(region, endpoint).map(r -> job(ref, r));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
