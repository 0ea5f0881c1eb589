package io.jenkins.plugins.modelarts.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with round tick marks: 0 to 1 in quarters when every value is a fraction (the usual
 * metrics), otherwise about four steps of 1, 2, 2.5 or 5 times a power of ten around the values.
 * Ticks are exact decimals, so labels never show {@code 0.30000000000000004}.
 */
record AxisScale(BigDecimal min, BigDecimal max, BigDecimal step) {
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final double[] NICE = {1, 2, 2.5, 5, 10};

    /** The scale for these values (nulls are ignored); 0 to 1 when there are none. */
    static AxisScale of(List<Double> values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi || (lo >= 0 && hi <= 1)) {
            return new AxisScale(BigDecimal.ZERO, BigDecimal.ONE, QUARTER);
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) / 10;
            lo -= pad;
            hi += pad;
        }
        BigDecimal step = niceStep(hi / 4 - lo / 4);
        BigDecimal min = BigDecimal.valueOf(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = BigDecimal.valueOf(hi).divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (!Double.isFinite(min.doubleValue()) || !Double.isFinite(max.doubleValue())) {
            return new AxisScale(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi), BigDecimal.valueOf(hi / 4 - lo / 4));
        }
        return new AxisScale(min, max, step);
    }

    private static BigDecimal niceStep(double raw) {
        int exponent = (int) Math.floor(Math.log10(raw));
        double normalized = raw / Math.pow(10, exponent);
        for (double nice : NICE) {
            if (normalized <= nice + 1e-9) {
                return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
            }
        }
        return BigDecimal.ONE.scaleByPowerOfTen(exponent + 1);
    }

    /** The tick values from {@link #min} to {@link #max}, both included. */
    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return ticks;
    }

    /** A tick for people: {@code 0}, {@code 0.25}, {@code 1500}, {@code -2.5}. */
    static String label(BigDecimal tick) {
        BigDecimal plain = tick.stripTrailingZeros();
        return (plain.signum() == 0 ? BigDecimal.ZERO : plain).toPlainString();
    }
}
