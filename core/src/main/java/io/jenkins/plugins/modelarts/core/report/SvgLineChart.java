package io.jenkins.plugins.modelarts.core.report;

import java.util.List;

/**
 * One system metric series as an inline SVG line chart with axes and labels. Null points are gaps
 * in the line (the series reader already turned -1 and junk into nulls); a point between two gaps is
 * drawn as a dot. The chart has fixed {@code width} and {@code height} attributes so that it has a
 * size without any stylesheet.
 */
final class SvgLineChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 200;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 36;

    private SvgLineChart() {}

    /** Whether a series has at least one point to draw. */
    static boolean hasData(List<Double> points) {
        for (Double p : points) {
            if (p != null) {
                return true;
            }
        }
        return false;
    }

    /** The chart's SVG element, without phases; call only when {@link #hasData}. */
    static String render(String name, List<Double> points, Integer intervalMinutes) {
        return render(name, points, intervalMinutes, null, null);
    }

    /**
     * The chart's SVG element; call only when {@link #hasData}. The y axis is labelled in the series'
     * unit ({@link MetricUnits}; percentages from 0 to at least 100), the x axis in minutes since the
     * job was created when {@code queuedMinutes} is known: the time queued is a shaded band marked
     * "queued", and "started"/"ended" lines mark the running phase ({@code runMinutes}).
     */
    static String render(String name, List<Double> points, Integer intervalMinutes, Double queuedMinutes, Double runMinutes) {
        double max = 0;
        double min = 0;
        for (Double p : points) {
            if (p != null) {
                max = Math.max(max, p);
                min = Math.min(min, p);
            }
        }
        if (MetricUnits.unitOf(name).equals(MetricUnits.PERCENT)) {
            max = Math.max(max, 100);
        }
        if (max == min) {
            max = min + 1;
        }
        String title = Html.escape(MetricUnits.label(name) + " (" + name + ")");
        StringBuilder svg = new StringBuilder(512 + points.size() * 16);
        svg.append("<svg class=\"chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(title).append("\">")
                .append("<title>").append(title).append("</title>");
        int step = intervalMinutes == null ? 1 : intervalMinutes;
        double sampled = Math.max(0, points.size() - 1) * (double) step;
        double queued = queuedMinutes == null ? 0 : queuedMinutes;
        double end = Math.max(queued + sampled, runMinutes == null ? 0 : queued + runMinutes);
        if (end <= 0) {
            end = 1;
        }
        Frame plot = new Frame(LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM, min, max);
        axes(svg, name, min, max, end, intervalMinutes == null, queuedMinutes != null);
        if (queuedMinutes != null) {
            phases(svg, plot, end, queued, runMinutes);
        }
        double left = plot.left() + queued / end * (plot.right() - plot.left());
        double right = plot.left() + (queued + sampled) / end * (plot.right() - plot.left());
        series(svg, points, new Frame(left, TOP, Math.max(right, left + 0.1), HEIGHT - BOTTOM, min, max),
                "class=\"series\" fill=\"none\"", "class=\"point\"");
        return svg.append("</svg>").toString();
    }

    /** The queued band and the start and end marks, on a time axis from 0 to {@code end} minutes. */
    private static void phases(StringBuilder svg, Frame plot, double end, double queued, Double runMinutes) {
        double width = plot.right() - plot.left();
        double started = plot.left() + queued / end * width;
        if (queued > 0) {
            svg.append("<rect class=\"queued\" x=\"").append(Html.coordinate(plot.left())).append("\" y=\"")
                    .append(Html.coordinate(plot.top())).append("\" width=\"").append(Html.coordinate(started - plot.left()))
                    .append("\" height=\"").append(Html.coordinate(plot.bottom() - plot.top())).append("\"/>");
            text(svg, (plot.left() + started) / 2, plot.top() + 12, "middle", "class=\"phase\"", "queued");
        }
        mark(svg, started, plot, "started", "start");
        if (runMinutes != null) {
            mark(svg, plot.left() + (queued + runMinutes) / end * width, plot, "ended", "end");
        }
    }

    private static void mark(StringBuilder svg, double x, Frame plot, String label, String anchor) {
        svg.append("<path class=\"phase-mark\" d=\"M").append(Html.coordinate(x)).append(' ').append(Html.coordinate(plot.top()))
                .append(" V").append(Html.coordinate(plot.bottom())).append("\"/>");
        text(svg, anchor.equals("end") ? x - 3 : x + 3, anchor.equals("end") ? plot.top() + 24 : plot.bottom() - 4, anchor,
                "class=\"phase\"", label);
    }

    private static void axes(StringBuilder svg, String name, double min, double max, double endMinutes, boolean samples,
            boolean fromCreation) {
        int x0 = LEFT;
        int y0 = HEIGHT - BOTTOM;
        svg.append("<path class=\"axis\" d=\"M").append(x0).append(' ').append(TOP).append(" V").append(y0)
                .append(" H").append(WIDTH - RIGHT).append("\"/>");
        text(svg, x0 - 4, TOP + 4, "end", MetricUnits.format(name, max));
        text(svg, x0 - 4, y0, "end", MetricUnits.format(name, min));
        text(svg, x0, y0 + 14, "start", samples ? "0" : "0 min");
        text(svg, WIDTH - RIGHT, y0 + 14, "end", samples ? Html.number(endMinutes) : minutes(endMinutes));
        text(svg, (x0 + WIDTH - RIGHT) / 2, HEIGHT - 4, "middle", samples ? "sample" : fromCreation ? "time since the job was created" : "time since the job started");
        String unit = MetricUnits.unitOf(name);
        svg.append("<text class=\"label\" x=\"12\" y=\"").append((TOP + y0) / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ").append((TOP + y0) / 2).append(")\">")
                .append(Html.escape(MetricUnits.label(name) + (unit.isEmpty() ? "" : " (" + unit + ")"))).append("</text>");
    }

    /** {@code 12 min}, {@code 1 h 30 min}. */
    static String minutes(double m) {
        long total = Math.round(m);
        return total < 60 ? total + " min" : (total / 60) + " h" + (total % 60 == 0 ? "" : " " + (total % 60) + " min");
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String text) {
        text(svg, x, y, anchor, "class=\"label\"", text);
    }

    /** A {@code <text>} element; {@code attributes} are written as given, {@code text} is escaped. */
    static void text(StringBuilder svg, double x, double y, String anchor, String attributes, String text) {
        svg.append("<text ").append(attributes).append(" x=\"").append(Html.coordinate(x)).append("\" y=\"")
                .append(Html.coordinate(y)).append("\" text-anchor=\"").append(anchor).append("\">")
                .append(Html.escape(text)).append("</text>");
    }

    private static void line(StringBuilder svg, List<Double> points, double min, double max) {
        Frame frame = new Frame(LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM, min, max);
        series(svg, points, frame, "class=\"series\" fill=\"none\"", "class=\"point\"");
    }

    /**
     * One series as a {@code <path>} (null points are gaps: each run of points starts with
     * {@code M}, continues with {@code L}) and a dot for every point with no neighbour. The
     * attributes are written as given.
     */
    static void series(StringBuilder svg, List<Double> points, Frame frame, String pathAttributes, String dotAttributes) {
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Double p = points.get(i);
            if (p == null) {
                continue;
            }
            String x = Html.coordinate(frame.x(i, points.size()));
            String y = Html.coordinate(frame.y(p));
            boolean joinsPrevious = i > 0 && points.get(i - 1) != null;
            boolean joinsNext = i + 1 < points.size() && points.get(i + 1) != null;
            path.append(joinsPrevious ? " L" : " M").append(x).append(' ').append(y);
            if (!joinsPrevious && !joinsNext) {
                dots.append("<circle ").append(dotAttributes).append(" cx=\"").append(x).append("\" cy=\"").append(y)
                        .append("\" r=\"2\"/>");
            }
        }
        svg.append("<path ").append(pathAttributes).append(" d=\"").append(path.toString().trim()).append("\"/>").append(dots);
    }

    /**
     * The plot area of a chart (SVG coordinates, {@code top} above {@code bottom}) and the value
     * range it shows: point {@code i} of {@code count} goes to {@link #x}, a value to {@link #y}.
     */
    record Frame(double left, double top, double right, double bottom, double min, double max) {
        Frame {
            if (!(max > min)) {
                throw new IllegalArgumentException("max must be above min: " + min + ".." + max);
            }
        }

        double x(int i, int count) {
            return count > 1 ? left + i * (right - left) / (count - 1) : (left + right) / 2;
        }

        double y(double value) {
            return bottom - (value / 2 - min / 2) / (max / 2 - min / 2) * (bottom - top); // halves: no overflow
        }
    }
}
