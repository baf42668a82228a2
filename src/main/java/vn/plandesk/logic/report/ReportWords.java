package vn.plandesk.logic.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.Plan;

/**
 * How the report and the letters write figures, periods and deadlines: always in Vietnamese, whatever
 * the program's language, since the documents are sent as Vietnamese documents ("21.914", "98,62%").
 */
public final class ReportWords {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private ReportWords() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : NumericDate.FORMAT.format(date);
    }

    /** "21.914". */
    public static String count(long n) {
        return new DecimalFormat("#,##0", symbols()).format(n);
    }

    /** {@code part} of {@code whole} in percent, cut to two decimals as the follow-up view does ("98,62%"); "—" for none. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        BigDecimal share = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
        return new DecimalFormat("#,##0.00", symbols()).format(share) + "%";
    }

    /** "quý IV năm 2026", "tháng 11 năm 2026", "6 tháng cuối năm 2026", "năm 2026", "từ ngày 01/10/2026 đến ngày 31/10/2026". */
    public static String period(ReportPeriod period) {
        return switch (period.kind()) {
            case MONTH -> "tháng " + period.index() + " năm " + period.year();
            case QUARTER -> "quý " + ROMAN[period.index() - 1] + " năm " + period.year();
            case HALF_YEAR -> "6 tháng " + (period.index() == 1 ? "đầu" : "cuối") + " năm " + period.year();
            case YEAR -> "năm " + period.year();
            case CUSTOM -> "từ ngày " + day(period.from()) + " đến ngày " + day(period.to());
        };
    }

    /** The deadline in force, with the original beside it when it was extended: "14/12/2026 (hạn ban đầu 14/11/2026)". */
    public static String deadline(LocalDate due, LocalDate originalDue) {
        return originalDue == null ? day(due) : day(due) + " (gia hạn; hạn ban đầu " + day(originalDue) + ")";
    }

    /** A plan as a table cell names it: "Kế hoạch số 15/KH-UBND ngày 15/01/2026", or its subject when it has no number. */
    public static String planShort(Plan plan) {
        if (plan.numberAndSymbol() == null) {
            return plan.subject() == null ? plan.type().title() : plan.subject();
        }
        String s = plan.type().title() + " số " + plan.numberAndSymbol();
        return plan.issuedOn() == null ? s : s + " ngày " + day(plan.issuedOn());
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return symbols;
    }
}
