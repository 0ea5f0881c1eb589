// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;
import org.kohsuke.stapler.HttpResponse;

/**
 * Works as in core outside a Stapler request: the factories return an instance with the right {@link #kind}, the
 * HTML-escaped message as {@link #getMessage()} and {@link #renderHtml()}, and {@code ok()} for a {@code null}
 * message. Difference: the {@code Throwable} overloads omit core's collapsible stack-trace markup. The
 * {@code validate*} helpers (localised messages) throw. {@code generateResponse} is the throwing default.
 */
public abstract class FormValidation extends java.io.IOException implements HttpResponse {

    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    public final Kind kind;

    private FormValidation(Kind kind) {
        this.kind = kind;
    }

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public abstract String renderHtml();

    private static final FormValidation OK = respond(Kind.OK, "<div/>");

    public static FormValidation ok() {
        return OK;
    }

    public static FormValidation error(String message) {
        return errorWithMarkup(message == null ? null : hudson.Util.escape(message));
    }

    public static FormValidation warning(String message) {
        return warningWithMarkup(message == null ? null : hudson.Util.escape(message));
    }

    public static FormValidation ok(String message) {
        return okWithMarkup(message == null ? null : hudson.Util.escape(message));
    }

    public static FormValidation error(String format, Object... args) {
        return error(String.format(format, args));
    }

    public static FormValidation warning(String format, Object... args) {
        return warning(String.format(format, args));
    }

    public static FormValidation ok(String format, Object... args) {
        return ok(String.format(format, args));
    }

    public static FormValidation error(Throwable e, String message) {
        return errorWithMarkup(hudson.Util.escape(message));
    }

    public static FormValidation warning(Throwable e, String message) {
        return warningWithMarkup(hudson.Util.escape(message));
    }

    public static FormValidation error(Throwable e, String format, Object... args) {
        return error(e, String.format(format, args));
    }

    public static FormValidation warning(Throwable e, String format, Object... args) {
        return warning(e, String.format(format, args));
    }

    public static @NonNull FormValidation aggregate(@NonNull Collection<FormValidation> validations) {
        if (validations == null || validations.isEmpty()) {
            return FormValidation.ok();
        }
        if (validations.size() == 1) {
            return validations.iterator().next();
        }
        final StringBuilder sb = new StringBuilder("<ul style='list-style-type: none; padding-left: 0; margin: 0'>");
        Kind worst = Kind.OK;
        for (FormValidation validation : validations) {
            sb.append("<li>").append(validation.renderHtml()).append("</li>");
            if (validation.kind.ordinal() > worst.ordinal()) {
                worst = validation.kind;
            }
        }
        sb.append("</ul>");
        return respond(worst, sb.toString());
    }

    public static FormValidation errorWithMarkup(String message) {
        return _errorWithMarkup(message, Kind.ERROR);
    }

    public static FormValidation warningWithMarkup(String message) {
        return _errorWithMarkup(message, Kind.WARNING);
    }

    public static FormValidation okWithMarkup(String message) {
        return _errorWithMarkup(message, Kind.OK);
    }

    public static FormValidation respond(Kind kind, final String html) {
        return new FormValidation(kind) {
            private static final long serialVersionUID = 1L;

            @Override
            public String renderHtml() {
                return html;
            }

            @Override
            public String toString() {
                return kind + ": " + html;
            }
        };
    }

    public static FormValidation validateRequired(String value) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static FormValidation validatePositiveInteger(String value) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static FormValidation validateNonNegativeInteger(String value) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static FormValidation validateIntegerInRange(String value, int lower, int upper) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    private static FormValidation _errorWithMarkup(final String message, final Kind kind) {
        if (message == null) {
            return ok();
        }
        return new FormValidation(kind, message) {
            private static final long serialVersionUID = 1L;

            @Override
            public String renderHtml() {
                return message;
            }

            @Override
            public String toString() {
                return kind + ": " + message;
            }
        };
    }
}
