package io.jenkins.plugins.modelarts.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Faults written as text, for {@code modelarts emulator --faults SPEC}: comma-separated
 * {@code KIND=VALUE} items, applied to the ModelArts routes (not IAM or OBS).
 *
 * <p>Per-request faults take a share of the requests ({@code 20%}, drawn at random) or a count
 * ({@code 3}: the next three requests):
 * <ul>
 *   <li>{@code throttle}: 429 with {@code Retry-After} (see {@code retry-after}) and APIGW.0308;
 *   <li>{@code 5xx}: a 503 before the request is processed;
 *   <li>{@code lost}: the request is processed (a create does make its job), then a 502;
 *   <li>{@code drop}: the connection is closed without an answer;
 *   <li>{@code malformed}: processed, then a 200 with truncated JSON;
 *   <li>{@code garbage}: processed, then a 200 with JSON of the wrong shape ({@code null}, {@code []},
 *       {@code {}}, wrong types, in turn);
 *   <li>{@code oversize}: processed, then a 200 with a 64 MiB body (see {@code oversize-bytes});
 *   <li>{@code expire-tokens}: every IAM token issued so far expires before the request is checked.
 * </ul>
 * Settings: {@code latency=DURATION} (every answer delayed), {@code trickle=DURATION} (every answer
 * written a byte at a time, this far apart), {@code retry-after=DURATION} (default 1s),
 * {@code oversize-bytes=N}, {@code seed=N} (for the random draws, default 0), {@code on=creates} (the
 * per-request faults hit only creates; default {@code on=all}). Durations are
 * {@code 500ms}, {@code 2s}, {@code 1m} or plain seconds.
 *
 * <p>Example: {@code throttle=20%,5xx=10%,lost=2%,latency=200ms,seed=7}.
 */
public final class FaultSpec {
    private static final Pattern ITEM = Pattern.compile("\\s*([a-z0-9-]+)\\s*=\\s*([^,]*?)\\s*");
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)%");
    private static final Pattern COUNT = Pattern.compile("[0-9]+");
    private static final Pattern DURATION = Pattern.compile("([0-9]+)(ms|s|m|h)?");
    private static final List<String> GARBAGE = List.of("null", "[]", "{}",
            "{\"is_success\": true, \"job_id\": \"not-a-number\", \"version_id\": [1], \"metadata\": []}");

    /** The kinds of per-request fault, in the order they are documented. */
    public static final List<String> KINDS = List.of("throttle", "5xx", "lost", "drop", "malformed", "garbage",
            "oversize", "expire-tokens");

    private FaultSpec() {}

    /**
     * Applies {@code spec} to {@code faults}.
     *
     * @throws IllegalArgumentException naming every item that cannot be read
     */
    public static void apply(String spec, Faults faults) {
        List<String> problems = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        Duration retryAfter = Duration.ofSeconds(1);
        long oversize = 64L * 1024 * 1024;
        long seed = 0;
        Duration latency = null;
        Duration trickle = null;
        Boolean createsOnly = null;
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("an empty fault spec: expected KIND=VALUE[,KIND=VALUE...]");
        }
        for (String raw : spec.split(",")) {
            Matcher m = ITEM.matcher(raw.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                problems.add("'" + raw.trim() + "' is not KIND=VALUE");
                continue;
            }
            String kind = m.group(1);
            String value = m.group(2);
            try {
                switch (kind) {
                    case "latency" -> latency = duration(value);
                    case "trickle" -> trickle = duration(value);
                    case "retry-after" -> retryAfter = duration(value);
                    case "seed" -> seed = Long.parseLong(value);
                    case "on" -> {
                        if (!value.equals("creates") && !value.equals("all")) {
                            throw new IllegalArgumentException("'" + value + "' is neither creates nor all");
                        }
                        createsOnly = value.equals("creates");
                    }
                    case "oversize-bytes" -> oversize = Long.parseLong(value);
                    default -> {
                        if (!KINDS.contains(kind)) {
                            throw new IllegalArgumentException("unknown kind '" + kind + "' (known: " + String.join(", ", KINDS)
                                    + ", latency, trickle, retry-after, oversize-bytes, seed, on)");
                        }
                        items.add(item(kind, value));
                    }
                }
            } catch (IllegalArgumentException e) {
                problems.add(kind + ": " + e.getMessage());
            }
        }
        double sum = items.stream().filter(i -> i.share != null).mapToDouble(i -> i.share).sum();
        if (sum > 1.0 + 1e-9) {
            problems.add("the shares add up to more than 100%: " + Math.round(sum * 100) + "%");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot read the fault spec '" + spec + "': " + String.join("; ", problems));
        }
        List<Faults.Chance> chances = new ArrayList<>();
        int garbage = 0;
        for (Item i : items) {
            if (i.share != null) {
                if (i.kind.equals("garbage")) {
                    double each = i.share / GARBAGE.size();
                    for (String body : GARBAGE) {
                        chances.add(new Faults.Chance(each, new Faults.Garbage(body)));
                    }
                } else {
                    chances.add(new Faults.Chance(i.share, fault(i.kind, retryAfter, oversize, null)));
                }
                continue;
            }
            for (int n = 0; n < i.count; n++) {
                addOne(faults, fault(i.kind, retryAfter, oversize, GARBAGE.get(garbage++ % GARBAGE.size())));
            }
        }
        if (!chances.isEmpty()) {
            faults.randomly(chances, seed);
        }
        if (latency != null) {
            faults.latency(latency);
        }
        if (trickle != null) {
            faults.trickle(trickle);
        }
        if (createsOnly != null) {
            faults.createsOnly(createsOnly);
        }
    }

    private record Item(String kind, Double share, int count) {}

    private static Item item(String kind, String value) {
        Matcher p = PERCENT.matcher(value);
        if (p.matches()) {
            double share = Double.parseDouble(p.group(1)) / 100;
            if (share > 1) {
                throw new IllegalArgumentException("more than 100%: " + value);
            }
            return new Item(kind, share, 0);
        }
        if (COUNT.matcher(value).matches()) {
            int count = Integer.parseInt(value);
            if (count < 1) {
                throw new IllegalArgumentException("a count is at least 1");
            }
            return new Item(kind, null, count);
        }
        throw new IllegalArgumentException("'" + value + "' is neither a share (20%) nor a count of requests (3)");
    }

    private static Faults.Fault fault(String kind, Duration retryAfter, long oversize, String garbage) {
        return switch (kind) {
            case "throttle" -> new Faults.Throttle(retryAfter);
            case "5xx" -> new Faults.ServerError(503);
            case "lost" -> new Faults.ServerErrorAfterProcessing(502);
            case "drop" -> new Faults.DropConnection();
            case "malformed" -> new Faults.Malformed();
            case "garbage" -> new Faults.Garbage(garbage);
            case "oversize" -> new Faults.Oversized(oversize);
            case "expire-tokens" -> new Faults.ExpireTokens();
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    private static void addOne(Faults faults, Faults.Fault fault) {
        faults.enqueue(fault);
    }

    static Duration duration(String value) {
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a duration (500ms, 2s, 1m)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
