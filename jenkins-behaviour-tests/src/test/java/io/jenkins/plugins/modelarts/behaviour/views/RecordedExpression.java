package io.jenkins.plugins.modelarts.behaviour.views;

/**
 * One evaluation of a {@code ${...}} expression, or of a property path inside one.
 *
 * @param view the view (resource path) the expression is written in
 * @param text the expression without {@code ${}}, or the property path ({@code record.status})
 * @param value what JEXL returned
 * @param path true for a property path taken out of a larger expression
 */
public record RecordedExpression(String view, String text, Object value, boolean path) {
    @Override
    public String toString() {
        return view + ": ${" + text + "} = " + value;
    }
}
