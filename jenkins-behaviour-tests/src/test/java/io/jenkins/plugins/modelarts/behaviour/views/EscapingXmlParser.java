package io.jenkins.plugins.modelarts.behaviour.views;

import org.apache.commons.jelly.JellyContext;
import org.apache.commons.jelly.expression.CompositeExpression;
import org.apache.commons.jelly.expression.ConstantExpression;
import org.apache.commons.jelly.expression.Expression;
import org.apache.commons.jelly.expression.ExpressionSupport;
import org.apache.commons.jelly.impl.ScriptBlock;
import org.apache.commons.jelly.parser.XMLParser;

/**
 * Jelly 1.0's parser with what Jenkins' Jelly fork adds for {@code <?jelly escape-by-default='true'?>}: in a view
 * that declares it, every {@code ${...}} written as text is XML-escaped; attribute values (including
 * {@code <j:out value="..."/>}, the way views write HTML the plugin generated) are not. Jelly 1.0 itself ignores the
 * instruction, so without this a view's escaping could not be checked.
 */
final class EscapingXmlParser extends XMLParser {
    private boolean escapeByDefault;

    @Override
    public void processingInstruction(String target, String data) {
        if (target.equals("jelly")) {
            escapeByDefault = data.replace('"', '\'').replaceAll("\\s+", "").contains("escape-by-default='true'");
        }
    }

    @Override
    protected void addExpressionScript(ScriptBlock script, Expression expression) {
        boolean plain = !(expression instanceof ConstantExpression) && !(expression instanceof CompositeExpression);
        super.addExpressionScript(script, escapeByDefault && plain ? new Escaping(expression) : expression);
    }

    /** Text for the PCDATA of the page: {@code &}, {@code <} and {@code >} as entities. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
