package io.jenkins.plugins.modelarts.core.gate;

import java.math.BigDecimal;

/** Metric values for people: no float noise ({@code 0.92}, not {@code 0.9200000000000002}). */
final class GateNumbers {
    private GateNumbers() {}

    static String format(double v) {
        return new BigDecimal(Double.toString(v)).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
