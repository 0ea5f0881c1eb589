package io.jenkins.plugins.modelarts.behaviour.views;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.jelly.JellyContext;
import org.apache.commons.jelly.JellyException;
import org.apache.commons.jelly.expression.ConstantExpression;
import org.apache.commons.jelly.expression.Expression;
import org.apache.commons.jelly.expression.ExpressionFactory;
import org.apache.commons.jelly.expression.ExpressionSupport;
import org.apache.commons.jelly.expression.jexl.JexlExpressionFactory;

/**
 * The expressions of one view: JEXL 1.1 as Jelly 1.0 creates it, except that Stapler's localisation syntax
 * {@code ${%Text}} (which plain JEXL rejects; Stapler looks the text up in the view's resource bundle) is the
 * constant text, and that every evaluation is recorded with its result, together with each property path
 * inside the expression (see {@link ExpressionPaths}).
 *
 * <p>Jenkins runs forks of Jelly and JEXL (not on Maven Central). Property access through
 * {@code getX()}/{@code isX()}, method calls and map access behave alike; a record-style accessor
 * {@code x()} is invisible to {@code ${o.x}} in both. Plain JEXL 1.1 does not read public fields:
 * {@code ${descriptor.clazz}} (in {@code credentials.jelly}) is null here, while credentials-binding's own views rely
 * on it in Jenkins; no test requires a public field to resolve.
 */
final class RecordingExpressionFactory implements ExpressionFactory {
    private final JexlExpressionFactory jexl = new JexlExpressionFactory();
    private final String view;
    private final ViewRecording recording;

    RecordingExpressionFactory(String view, ViewRecording recording) {
        this.view = view;
        this.recording = recording;
    }

    @Override
    public Expression createExpression(String text) throws JellyException {
        if (text.startsWith("%")) {
            return new ConstantExpression(text.substring(1));
        }
        List<Expression> paths = new ArrayList<>();
        List<String> pathTexts = ExpressionPaths.of(text);
        for (String path : pathTexts) {
            paths.add(jexl.createExpression(path));
        }
        return new Recorded(text, jexl.createExpression(text), pathTexts, paths);
    }

    private final class Recorded extends ExpressionSupport {
        private final String text;
        private final Expression expression;
        private final List<String> pathTexts;
        private final List<Expression> paths;

        Recorded(String text, Expression expression, List<String> pathTexts, List<Expression> paths) {
            this.text = text;
            this.expression = expression;
            this.pathTexts = pathTexts;
            this.paths = paths;
        }

        @Override
        public String getExpressionText() {
            return "${" + text + "}";
        }

        @Override
        public Object evaluate(JellyContext context) {
            Object value = expression.evaluate(context);
            recording.expression(new RecordedExpression(view, text, value, false));
            for (int i = 0; i < paths.size(); i++) {
                recording.expression(new RecordedExpression(view, pathTexts.get(i), paths.get(i).evaluate(context), true));
            }
            return value;
        }
    }
}
