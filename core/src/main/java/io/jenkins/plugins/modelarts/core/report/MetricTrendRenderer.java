package io.jenkins.plugins.modelarts.core.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Draws a {@link MetricTrend} as one inline SVG element, and as a plain HTML table for screen
 * readers and for copying numbers.
 *
 * <p>The chart has one line per metric (a {@code <path>}; builds without the value are gaps) with
 * a legend, build labels along the x axis (at most ten, evenly spread, the first and the newest build always) and a
 * value axis from 0 to 1 when every value is a fraction, otherwise scaled to the values. It is
 * self-contained and safe to embed in a page: fixed {@code width}/{@code height}, colours and sizes
 * as presentation attributes (no stylesheet, no class names that could clash), no scripts, nothing
 * loaded from elsewhere, every text escaped. Thread-safe.
 */
public final class MetricTrendRenderer {
    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    static final int EMPTY_HEIGHT = 48;
    /** At most this many build labels along the x axis. */
    static final int MAX_X_LABELS = 10;
    private static final int LEFT = 52;
    private static final int PLOT_RIGHT = 560;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;
    private static final int LEGEND_ROW = 18;
    private static final int LEGEND_CHARS = 20;
    private static final int X_LABEL_CHARS = 10;
    private static final String LABEL = "font-family=\"sans-serif\" font-size=\"11\" fill=\"#555\"";
    /** Okabe-Ito colours, readable with colour-blindness; past them the lines are dashed. */
    private static final List<String> COLOURS =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#999999");

    /** The chart's {@code <svg>} element; "No data yet" in a small one when the trend has no values. */
    public String svg(MetricTrend trend) {
        Objects.requireNonNull(trend, "trend == null");
        if (!trend.hasData()) {
            return empty();
        }
        List<String> metrics = trend.metricNames();
        int height = Math.max(HEIGHT, TOP + metrics.size() * LEGEND_ROW + 8);
        AxisScale scale = AxisScale.of(trend.metricNames().stream().flatMap(m -> trend.values(m).stream()).toList());
        SvgLineChart.Frame frame = new SvgLineChart.Frame(LEFT, TOP, PLOT_RIGHT, height - BOTTOM,
                scale.min().doubleValue(), scale.max().doubleValue());
        String title = "Model metrics of the last " + trend.points().size()
                + (trend.points().size() == 1 ? " build" : " builds");
        StringBuilder svg = new StringBuilder(2048 + trend.points().size() * metrics.size() * 24);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(title)).append("\"><title>").append(Html.escape(title)).append("</title>");
        yAxis(svg, frame, scale);
        xAxis(svg, frame, trend.points());
        for (int i = 0; i < metrics.size(); i++) {
            series(svg, frame, metrics.get(i), trend.values(metrics.get(i)), i);
            legend(svg, metrics.get(i), i);
        }
        return svg.append("</svg>").toString();
    }

    /** A table: one row per build, one column per metric, {@code -} where a build has no value. */
    public String table(MetricTrend trend) {
        Objects.requireNonNull(trend, "trend == null");
        if (!trend.hasData()) {
            return "<p>No data yet: no build has recorded model metrics.</p>";
        }
        StringBuilder html = new StringBuilder(256 + trend.points().size() * 64);
        html.append("<table><caption>Model metrics per build</caption>\n<thead><tr><th scope=\"col\">Build</th>");
        for (String metric : trend.metricNames()) {
            html.append("<th scope=\"col\">").append(Html.escape(metric)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (MetricTrend.Point point : trend.points()) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(point.label())).append("</th>");
            for (String metric : trend.metricNames()) {
                html.append("<td>").append(Html.number(point.value(metric))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String empty() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + EMPTY_HEIGHT
                + "\" viewBox=\"0 0 " + WIDTH + " " + EMPTY_HEIGHT + "\" role=\"img\" aria-label=\"Model metrics: no data yet\">"
                + "<title>Model metrics: no data yet</title>"
                + "<text " + LABEL + " x=\"" + WIDTH / 2 + "\" y=\"" + (EMPTY_HEIGHT / 2 + 4) + "\" text-anchor=\"middle\">"
                + "No data yet</text></svg>";
    }

    private static void yAxis(StringBuilder svg, SvgLineChart.Frame frame, AxisScale scale) {
        for (BigDecimal tick : scale.ticks()) {
            double y = frame.y(tick.doubleValue());
            svg.append("<path stroke=\"#e5e5e5\" d=\"M").append(Html.coordinate(frame.left())).append(' ')
                    .append(Html.coordinate(y)).append(" H").append(Html.coordinate(frame.right())).append("\"/>");
            SvgLineChart.text(svg, frame.left() - 6, y + 4, "end", LABEL, AxisScale.label(tick));
        }
        svg.append("<path stroke=\"#888\" fill=\"none\" d=\"M").append(Html.coordinate(frame.left())).append(' ')
                .append(Html.coordinate(frame.top())).append(" V").append(Html.coordinate(frame.bottom())).append(" H")
                .append(Html.coordinate(frame.right())).append("\"/>");
    }

    /** Build labels evenly spread from the first build to the newest, at most {@link #MAX_X_LABELS}. */
    private static void xAxis(StringBuilder svg, SvgLineChart.Frame frame, List<MetricTrend.Point> points) {
        int count = points.size();
        int labels = Math.min(count, MAX_X_LABELS);
        int previous = -1;
        for (int k = 0; k < labels; k++) {
            int i = labels == 1 ? 0 : (int) Math.round(k * (count - 1) / (double) (labels - 1));
            if (i != previous) {
                SvgLineChart.text(svg, frame.x(i, count), frame.bottom() + 14, "middle", LABEL,
                        shorten(points.get(i).label(), X_LABEL_CHARS));
                previous = i;
            }
        }
        SvgLineChart.text(svg, (frame.left() + frame.right()) / 2, frame.bottom() + 34, "middle", LABEL, "build");
    }

    private static void series(StringBuilder svg, SvgLineChart.Frame frame, String metric, List<Double> values, int index) {
        String colour = COLOURS.get(index % COLOURS.size());
        String dash = index < COLOURS.size() ? "" : " stroke-dasharray=\"6 3\"";
        svg.append("<g data-metric=\"").append(Html.escape(metric)).append("\"><title>").append(Html.escape(metric))
                .append("</title>");
        SvgLineChart.series(svg, values, frame,
                "fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"" + dash, "fill=\"" + colour + "\"");
        svg.append("</g>");
    }

    private static void legend(StringBuilder svg, String metric, int index) {
        String colour = COLOURS.get(index % COLOURS.size());
        String dash = index < COLOURS.size() ? "" : " stroke-dasharray=\"6 3\"";
        int y = TOP + 6 + index * LEGEND_ROW;
        svg.append("<g><title>").append(Html.escape(metric)).append("</title><path stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"").append(dash).append(" d=\"M").append(PLOT_RIGHT + 20).append(' ').append(y)
                .append(" h18\"/>");
        SvgLineChart.text(svg, PLOT_RIGHT + 44, y + 4, "start", LABEL, shorten(metric, LEGEND_CHARS));
        svg.append("</g>");
    }

    /** At most {@code max} characters, the last being an ellipsis when cut. */
    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, cut) + "\u2026";
    }
}
