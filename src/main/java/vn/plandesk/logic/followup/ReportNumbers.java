package vn.plandesk.logic.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.plandesk.logic.i18n.Messages;

/**
 * Numbers written as the user's language writes them: in Vietnamese "21.914" and "98,62%" (dot
 * between thousands, comma before decimals), in English "21,914" and "98.62%". The symbols are set
 * here rather than taken from the JDK's locale data, which a trimmed runtime may lack.
 */
public final class ReportNumbers {

    private ReportNumbers() {
    }

    /** A count with thousands marked: 21.914. */
    public static String count(long n) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols());
        return format.format(n);
    }

    /**
     * {@code part} out of {@code whole} as a percentage with two decimals, cut rather than rounded, as the
     * Government Office does (16.051 of 16.274 is "98,62%"): a share short of all never reads "100,00%".
     * "—" when {@code whole} is 0.
     */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return Messages.get("followup.number.none");
        }
        BigDecimal share = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
        return new DecimalFormat("#,##0.00", symbols()).format(share) + "%";
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = Messages.locale().equals(Messages.ENGLISH);
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '.');
        return symbols;
    }
}
