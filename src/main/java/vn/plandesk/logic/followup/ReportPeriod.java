package vn.plandesk.logic.followup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.NumericDate;

/**
 * The days a periodic report covers, both ends included. Periodic reports cut their data at a fixed
 * day (Decree 09/2019/NĐ-CP as commonly applied): with the cut-off day 15, the month of March runs
 * from 15/02 to 14/03, the first quarter from 15/12 of the year before to 14/03, the year from
 * 15/12 of the year before to 14/12. Cut-off day 1 gives calendar periods.
 */
public record ReportPeriod(Kind kind, int year, int index, LocalDate from, LocalDate to) {

    /** The Decree 09 cut-off day. */
    public static final int DEFAULT_CUT_OFF_DAY = 15;
    /** Every month has these days, so a cut-off day up to here means the same in every month. */
    public static final int LATEST_CUT_OFF_DAY = 28;

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public enum Kind {
        MONTH(1, 12), QUARTER(3, 4), HALF_YEAR(6, 2), YEAR(12, 1), CUSTOM(0, 0);

        private final int months;
        private final int periodsInYear;

        Kind(int months, int periodsInYear) {
            this.months = months;
            this.periodsInYear = periodsInYear;
        }

        /** How many periods of this kind a year has: 12 months, 4 quarters ... (0 for custom dates). */
        public int periodsInYear() {
            return periodsInYear;
        }

        /** The name of this kind of period for a picker: "Tháng", "Quý" ... */
        public String displayName() {
            return Messages.get("followup.period.kind." + name());
        }
    }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    /**
     * Period number {@code index} (1-based: month 1-12, quarter 1-4, half 1-2, year 1) of {@code year},
     * cut at {@code cutOffDay} (1-28; 1 means calendar periods).
     */
    public static ReportPeriod of(Kind kind, int year, int index, int cutOffDay) {
        if (kind == Kind.CUSTOM) {
            throw new IllegalArgumentException("custom periods are made with custom(from, to)");
        }
        if (index < 1 || index > kind.periodsInYear) {
            throw new IllegalArgumentException(kind + " " + index + " does not exist");
        }
        if (cutOffDay < 1 || cutOffDay > LATEST_CUT_OFF_DAY) {
            throw new IllegalArgumentException("cut-off day must be 1-" + LATEST_CUT_OFF_DAY + ", was " + cutOffDay);
        }
        YearMonth first = YearMonth.of(year, (index - 1) * kind.months + 1);
        YearMonth last = first.plusMonths(kind.months - 1L);
        if (cutOffDay == 1) {
            return new ReportPeriod(kind, year, index, first.atDay(1), last.atEndOfMonth());
        }
        return new ReportPeriod(kind, year, index, first.minusMonths(1).atDay(cutOffDay), last.atDay(cutOffDay - 1));
    }

    public static ReportPeriod month(int year, int month, int cutOffDay) {
        return of(Kind.MONTH, year, month, cutOffDay);
    }

    public static ReportPeriod quarter(int year, int quarter, int cutOffDay) {
        return of(Kind.QUARTER, year, quarter, cutOffDay);
    }

    public static ReportPeriod halfYear(int year, int half, int cutOffDay) {
        return of(Kind.HALF_YEAR, year, half, cutOffDay);
    }

    public static ReportPeriod wholeYear(int year, int cutOffDay) {
        return of(Kind.YEAR, year, 1, cutOffDay);
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.CUSTOM, to.getYear(), 0, from, to);
    }

    /** The period of {@code kind} whose days include {@code day}, at the given cut-off. */
    public static ReportPeriod containing(Kind kind, LocalDate day, int cutOffDay) {
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            for (int index = 1; index <= kind.periodsInYear; index++) {
                ReportPeriod period = of(kind, year, index, cutOffDay);
                if (period.contains(day)) {
                    return period;
                }
            }
        }
        throw new IllegalArgumentException("no " + kind + " contains " + day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** "Quý I/2026", "Tháng 3/2026", "6 tháng đầu năm 2026", "Năm 2026", or the dates of a custom period. */
    public String name() {
        return switch (kind) {
            case MONTH -> Messages.get("followup.period.month", index, String.valueOf(year));
            case QUARTER -> Messages.get("followup.period.quarter", ROMAN[index - 1], String.valueOf(year), index);
            case HALF_YEAR -> Messages.get(index == 1 ? "followup.period.firstHalf" : "followup.period.secondHalf", String.valueOf(year));
            case YEAR -> Messages.get("followup.period.year", String.valueOf(year));
            case CUSTOM -> Messages.get("followup.period.custom", NumericDate.FORMAT.format(from), NumericDate.FORMAT.format(to));
        };
    }

    /** The days covered, "15/12/2025 – 14/03/2026". */
    public String daysText() {
        return Messages.get("followup.period.days", NumericDate.FORMAT.format(from), NumericDate.FORMAT.format(to));
    }
}
