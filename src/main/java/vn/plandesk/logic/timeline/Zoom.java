package vn.plandesk.logic.timeline;

/**
 * How much time the chart shows: the width of a day at 100 %, and the units of the scale's two tiers
 * (upper null: one tier). Widths are in points on paper and pixels on screen alike.
 */
public enum Zoom {
    DAY(18, TimeUnit.MONTH, TimeUnit.DAY),
    WEEK(5, TimeUnit.MONTH, TimeUnit.WEEK),
    MONTH(1.5, TimeUnit.YEAR, TimeUnit.MONTH),
    QUARTER(0.55, TimeUnit.YEAR, TimeUnit.QUARTER),
    YEAR(0.16, null, TimeUnit.YEAR);

    private final double dayWidth;
    private final TimeUnit upper;
    private final TimeUnit lower;

    Zoom(double dayWidth, TimeUnit upper, TimeUnit lower) {
        this.dayWidth = dayWidth;
        this.upper = upper;
        this.lower = lower;
    }

    public double dayWidth() {
        return dayWidth;
    }

    public TimeUnit upper() {
        return upper;
    }

    public TimeUnit lower() {
        return lower;
    }

    /** The finest zoom whose labels still fit when a day is {@code dayWidth} wide (used by "fit"). */
    public static Zoom forDayWidth(double dayWidth) {
        for (Zoom zoom : values()) {
            if (dayWidth >= zoom.dayWidth * 0.7) {
                return zoom;
            }
        }
        return YEAR;
    }
}
