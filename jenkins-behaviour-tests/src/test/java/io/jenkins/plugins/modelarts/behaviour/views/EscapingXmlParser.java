package io.jenkins.plugins.modelarts.behaviour.views;

import org.apache.commons.jelly.JellyContext;
import org.apache.commons.jelly.expression.CompositeExpression;
import org.apache.commons.jelly.expression.ConstantExpression;
import org.apache.commons.jelly.expression.Expression;
import org.apache.commons.jelly.expression.ExpressionSupport;
import org.apache.commons.jelly.impl.ScriptBlock;
import org.apache.commons.jelly.parser.XMLParser;

/**
 * Jelly 1.0's parser with what Jenkins' Jelly fork adds for {@code escape-by-default}: every {@code ${...}} written as
 * text (alone or inside other text) is escaped; attribute values (including {@code <j:out value="..."/>}, the way
 * views write HTML the plugin generated) are not. As in the fork (jenkinsci/jelly, {@code XMLParser.addExpressionScript}
 * and {@code EscapingExpression}) only {@code <} and {@code &} are escaped, and as in Stapler
 * ({@code CustomJellyContext.ESCAPE_BY_DEFAULT}, true since SECURITY-857) it is on unless a view says
 * {@code <?jelly escape-by-default='false'?>}. Jelly 1.0 itself ignores the instruction, so without this a view's
 * escaping could not be checked.
 */
final class EscapingXmlParser extends XMLParser {
    private boolean escapeByDefault = true;

    @Override
    public void processingInstruction(String target, String data) {
        if (target.equals("jelly") && data.contains("escape-by-default='true'")) {
            escapeByDefault = true;
        }
        if (target.equals("jelly") && data.contains("escape-by-default='false'")) {
            escapeByDefault = false;
        }
    }

    @Override
    protected void addExpressionScript(ScriptBlock script, Expression expression) {
        boolean plain = !(expression instanceof ConstantExpression) && !(expression instanceof CompositeExpression);
        super.addExpressionScript(script, escapeByDefault && plain ? new Escaping(expression) : expression);
    }

    /** Text for the PCDATA of the page: {@code &} and {@code <} as entities, as the fork's {@code EscapingExpression}. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static final class Escaping extends ExpressionSupport {
        private final Expression base;

        Escaping(Expression base) {
            this.base = base;
        }

        @Override
        public String getExpressionText() {
            return base.getExpressionText();
        }

        @Override
        public Object evaluate(JellyContext context) {
            Object value = base.evaluate(context);
            return value == null ? null : escape(value.toString());
        }
    }
}
