package no.mila.dho.shared.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A {@link ReportChart} as a PNG image (JFreeChart, headless): bars of the BAR series, lines with points of the LINE
 * series drawn over them, numbers on the value axis in Norwegian notation, 1000 × 560 pixels.
 */
public final class ChartRenderer {

    public static final String PNG = "image/png";
    static final int WIDTH = 1000;
    static final int HEIGHT = 560;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartRenderer() {
    }

    public static byte[] png(ReportChart chart) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset lines = new DefaultCategoryDataset();
        for (ReportChart.Series series : chart.series()) {
            DefaultCategoryDataset target = series.style() == ReportChart.Style.BAR ? bars : lines;
            for (Map.Entry<String, Number> point : series.values().entrySet()) {
                target.addValue(point.getValue(), series.name(), point.getKey());
            }
        }
        CategoryAxis categories = new CategoryAxis(chart.categoryAxisLabel());
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis values = new NumberAxis(chart.valueAxisLabel());
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO")));
        BarRenderer barRenderer = new BarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(bars, categories, values, barRenderer);
        LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart image = new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        image.setBackgroundPaint(Color.WHITE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, image, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
