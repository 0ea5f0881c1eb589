package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricTrendTest {
    @Test
    void metricNamesPutTheUsualFourFirstThenTheRestAlphabetically() {
        Map<String, Double> first = new LinkedHashMap<>();
        first.put("zeta", 1.0);
        first.put("f1_score", 0.5);
        first.put("loss", 0.3);
        Map<String, Double> second = new LinkedHashMap<>();
        second.put("recall", 0.7);
        second.put("accuracy", 0.9);
        second.put("auc", 0.8);
        MetricTrend trend = MetricTrend.of(List.of(new MetricTrend.Point("#1", first), new MetricTrend.Point("#2", second)));
        assertThat(trend.metricNames()).containsExactly("accuracy", "recall", "f1_score", "auc", "loss", "zeta");
    }

    @Test
    void missingNullAndNonFiniteValuesAreGapsNotZeros() {
        Map<String, Double> odd = new HashMap<>();
        odd.put("accuracy", null);
        odd.put("precision", Double.NaN);
        odd.put("recall", Double.POSITIVE_INFINITY);
        MetricTrend trend = MetricTrend.of(List.of(
                new MetricTrend.Point("#1", Map.of("accuracy", 0.5)),
                new MetricTrend.Point("#2", odd),
                new MetricTrend.Point("#3", null)));
        assertThat(trend.values("accuracy")).containsExactly(0.5, null, null);
        assertThat(trend.metricNames()).containsExactly("accuracy");
        assertThat(trend.points().get(2).totals()).isEmpty();
    }

    @Test
    void aTrendWithoutValuesHasNoData() {
        assertThat(MetricTrend.empty().hasData()).isFalse();
        assertThat(MetricTrend.of(List.of(new MetricTrend.Point("#1", Map.of()))).hasData()).isFalse();
        assertThat(MetricTrend.of(List.of(new MetricTrend.Point("#1", Map.of("loss", 3.0)))).hasData()).isTrue();
    }

    @Test
    void isImmutable() {
        Map<String, Double> totals = new HashMap<>(Map.of("accuracy", 0.5));
        ArrayList<MetricTrend.Point> points = new ArrayList<>(List.of(new MetricTrend.Point("#1", totals)));
        MetricTrend trend = MetricTrend.of(points);
        totals.put("accuracy", 0.9);
        points.clear();
        assertThat(trend.points()).hasSize(1);
        assertThat(trend.values("accuracy")).containsExactly(0.5);
        assertThatThrownBy(() -> trend.points().get(0).totals().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> MetricTrend.of(Arrays.asList((MetricTrend.Point) null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetricTrend.Point(null, Map.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void axisScaleIsZeroToOneForFractionsAndRoundOtherwise() {
        assertThat(AxisScale.of(List.of(0.1, 0.97)).ticks()).extracting(AxisScale::label)
                .containsExactly("0", "0.25", "0.5", "0.75", "1");
        assertThat(AxisScale.of(List.of(0.2, 3.7)).ticks()).extracting(AxisScale::label)
                .containsExactly("0", "1", "2", "3", "4");
        assertThat(AxisScale.of(List.of(1520.0, 2310.0)).ticks()).extracting(AxisScale::label)
                .containsExactly("1400", "1600", "1800", "2000", "2200", "2400");
        assertThat(AxisScale.of(List.of(-0.3, 0.9)).ticks()).extracting(AxisScale::label)
                .containsExactly("-0.5", "0", "0.5", "1");
        assertThat(AxisScale.of(List.of(5.0, 5.0)).ticks()).extracting(AxisScale::label).contains("5").hasSizeLessThan(8);
        assertThat(AxisScale.of(List.of(-Double.MAX_VALUE, Double.MAX_VALUE)).ticks()).hasSizeLessThan(8);
    }
}
