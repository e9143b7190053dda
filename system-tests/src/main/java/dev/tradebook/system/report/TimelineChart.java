package dev.tradebook.system.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One run over time as a PNG, three stacked plots on the same seconds: answers per second, latency (p50 and p99 of
 * the requests due in that second), event lag (largest in that second, per place); a fault's second marked on each.
 */
public final class TimelineChart {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 900;

    /** Dark enough on white, and one colour per line across the three plots, so the shared legend stays unambiguous. */
    private static final List<Color> PALETTE = List.of(new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf));

    private TimelineChart() {
    }

    public static void write(Timeline timeline, String title, OptionalInt faultSecond, Path png) throws IOException {
        double[] seconds = timeline.column("second");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("second of the run"));
        plot.setGap(12);
        plot.add(plot(seconds, timeline, List.of("answers"), "answers / s", false, 0), 1);
        plot.add(plot(seconds, timeline, List.of("p50_ms", "p99_ms"), "latency ms", false, 1), 1);
        plot.add(plot(seconds, timeline, timeline.lagColumns(), "event lag ms", true, 3), 1);
        faultSecond.ifPresent(second -> plot.getSubplots().forEach(subplot -> subplot.addDomainMarker(marker(second))));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }

    /** Lag is sampled (about once a second per place), so its points are drawn and the gaps skipped. */
    private static XYPlot plot(double[] seconds, Timeline timeline, List<String> columns, String axis, boolean points,
            int firstColour) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String column : columns) {
            XYSeries series = new XYSeries(column.replace(Timeline.LAG_SUFFIX, " lag").replace("_ms", ""), false);
            double[] values = timeline.column(column);
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i])) {
                    series.add(seconds[i], values[i]);
                }
            }
            data.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, points);
        for (int i = 0; i < columns.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
            renderer.setSeriesPaint(i, PALETTE.get((firstColour + i) % PALETTE.size()));
        }
        XYPlot plot = new XYPlot(data, null, new NumberAxis(axis), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    private static ValueMarker marker(int second) {
        ValueMarker marker = new ValueMarker(second, Color.BLACK, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f}, 0f));
        marker.setLabel("fault");
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }
}
