// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import org.kohsuke.stapler.export.CustomExportedBean;

/**
 * Working value type, as in core (the real class also has XStream and CLI helpers, not declared here). Deserialisation resolves to the
 * constants, as in core.
 */
public final class Result implements Serializable, CustomExportedBean {
    public static final @NonNull Result SUCCESS = new Result("SUCCESS", BallColor.BLUE, 0, true);
    public static final @NonNull Result UNSTABLE = new Result("UNSTABLE", BallColor.YELLOW, 1, true);
    public static final @NonNull Result FAILURE = new Result("FAILURE", BallColor.RED, 2, true);
    public static final @NonNull Result NOT_BUILT = new Result("NOT_BUILT", BallColor.NOTBUILT, 3, false);
    public static final @NonNull Result ABORTED = new Result("ABORTED", BallColor.ABORTED, 4, false);

    private final @NonNull String name;

    public final int ordinal;

    public final boolean completeBuild;

    public final @NonNull BallColor color;

    private Result(@NonNull String name, @NonNull BallColor color, int ordinal, boolean complete) {
        this.name = name;
        this.color = color;
        this.ordinal = ordinal;
        this.completeBuild = complete;
    }

    public @NonNull Result combine(@NonNull Result that) {
        if (this.ordinal < that.ordinal) {
            return that;
        }
        return this;
    }

    public static Result combine(Result r1, Result r2) {
        if (r1 == null) {
            return r2;
        } else if (r2 == null) {
            return r1;
        } else {
            return r1.combine(r2);
        }
    }

    public boolean isWorseThan(@NonNull Result that) {
        return this.ordinal > that.ordinal;
    }

    public boolean isWorseOrEqualTo(@NonNull Result that) {
        return this.ordinal >= that.ordinal;
    }

    public boolean isBetterThan(@NonNull Result that) {
        return this.ordinal < that.ordinal;
    }

    public boolean isBetterOrEqualTo(@NonNull Result that) {
        return this.ordinal <= that.ordinal;
    }

    public boolean isCompleteBuild() {
        return this.completeBuild;
    }

    @Override
    public @NonNull String toString() {
        return name;
    }

    public static @NonNull Result fromString(@NonNull String s) {
        for (Result r : all) {
            if (s.equalsIgnoreCase(r.name)) {
                return r;
            }
        }
        return FAILURE;
    }

    private Object readResolve() {
        for (Result r : all) {
            if (ordinal == r.ordinal) {
                return r;
            }
        }
        return FAILURE;
    }

    private static final long serialVersionUID = 1L;

    private static final Result[] all = new Result[] {SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED};
}
