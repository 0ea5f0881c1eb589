package io.jenkins.plugins.modelarts.client;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Default public endpoints of Huawei Cloud per region, following the vendor SDK's region tables.
 *
 * <p>These are defaults only: sovereign and partner clouds use other domains, so every client takes
 * its endpoint as configuration. ModelArts in {@code ap-southeast-1} (Hong Kong) is served from
 * {@code myhuaweicloud.cn}; IAM and OBS there stay on {@code myhuaweicloud.com}.
 */
public final class Endpoints {
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MODELARTS_HOST = Pattern.compile("modelarts\\.([a-z0-9-]+)\\.(.+)");

    private Endpoints() {}

    /** {@code https://modelarts.{region}.myhuaweicloud.com} ({@code .cn} for {@code ap-southeast-1}). */
    public static String modelArts(String region) {
        String r = checkRegion(region);
        return "https://modelarts." + r + (r.equals("ap-southeast-1") ? ".myhuaweicloud.cn" : ".myhuaweicloud.com");
    }

    /** {@code https://iam.{region}.myhuaweicloud.com} */
    public static String iam(String region) {
        return "https://iam." + checkRegion(region) + ".myhuaweicloud.com";
    }

    /** {@code https://obs.{region}.myhuaweicloud.com} */
    public static String obs(String region) {
        return "https://obs." + checkRegion(region) + ".myhuaweicloud.com";
    }

    /**
     * The IAM endpoint that belongs to a ModelArts endpoint of the form
     * {@code https://modelarts.{region}.{domain}}: {@code https://iam.{region}.{domain}}, with
     * {@code myhuaweicloud.cn} mapped back to {@code myhuaweicloud.com}.
     *
     * @throws IllegalArgumentException when the endpoint's host does not have that form (a local
     *     emulator, a proxy): then the IAM endpoint must be configured explicitly
     */
    public static String iamForModelArts(String modelArtsEndpoint) {
        Objects.requireNonNull(modelArtsEndpoint, "modelArtsEndpoint == null");
        HttpUrl url = HttpUrl.parse(modelArtsEndpoint.trim());
        Matcher m = url == null ? null : MODELARTS_HOST.matcher(url.host().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Cannot derive the IAM endpoint from the ModelArts endpoint "
                    + modelArtsEndpoint + ": expected https://modelarts.{region}.{domain}; configure the IAM endpoint explicitly");
        }
        String domain = m.group(2).equals("myhuaweicloud.cn") ? "myhuaweicloud.com" : m.group(2);
        return "https://iam." + checkRegion(m.group(1)) + "." + domain;
    }

    /**
     * Returns the region id unchanged when it looks like one ({@code cn-north-4}: lower-case letters
     * and digits in hyphen-separated groups).
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String checkRegion(String region) {
        Objects.requireNonNull(region, "region == null");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Invalid region '" + region
                    + "': expected lower-case letters, digits and hyphens, like cn-north-4");
        }
        return region;
    }
}
