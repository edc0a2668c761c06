package no.mila.dho.console.patients;

import java.util.List;

/**
 * One measurement type's chart as the patient page draws it (inline SVG in
 * {@code templates/console/patients/patient.html}):
 * everything in the SVG's own coordinates ({@link ChartGeometry#WIDTH} by {@link ChartGeometry#HEIGHT}), ready to
 * print. {@code type} is the API's measurement type name ({@code chart-SPO2}); blood pressure is two charts, SYSTOLIC
 * and DIASTOLIC, each with its own bands.
 */
public record Chart(String type, String title, String description, String unit, boolean empty, List<Band> bands,
                    List<Point> points, String line, List<Tick> xTicks, List<Tick> yTicks, Frame frame,
                    List<Row> rows) {

    /** The plot area's rectangle and where the axis labels go. */
    public record Frame(double left, double top, double right, double bottom, double width, double height,
                        double middleX, double middleY, double valueLabelX, double timeLabelY) {
    }

    /** A zone's area while one threshold version was in force. */
    public record Band(String zone, double x, double y, double width, double height, int version) {
    }

    /**
     * A value: where it is drawn, its zone (its shape: ■ red, ▲ yellow, ● green, as console.css), whether it is
     * invalidated (hollow) or outside the axis (drawn on its edge), and what a pointer over it says.
     */
    public record Point(double x, double y, String zone, boolean invalidated, boolean clamped, String label) {

        public boolean isRed() {
            return "RED".equals(zone);
        }

        public boolean isYellow() {
            return "YELLOW".equals(zone);
        }

        /** The square of a red value. */
        public double squareX() {
            return round(x - 4.5);
        }

        public double squareY() {
            return round(y - 4.5);
        }

        /** The triangle of a yellow value. */
        public String triangle() {
            return round(x) + "," + round(y - 5.5) + " " + round(x + 5.5) + "," + round(y + 4.5) + " "
                    + round(x - 5.5) + "," + round(y + 4.5);
        }
    }

    /** An axis label at {@code position} (x for time, y for values). */
    public record Tick(double position, String label) {
    }

    /** A line of the data table: the chart's alternative for screen readers. */
    public record Row(String at, String value, String zone, String zoneLabel, String status, boolean invalidated) {
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
