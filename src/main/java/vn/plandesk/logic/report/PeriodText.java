package vn.plandesk.logic.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.followup.ReportPeriod;

/** A period as typed on the command line: "2026-Q4", "2026-11", "2026-H2" or "2026". */
public final class PeriodText {
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(?:([qQ])([1-4])|([hH])([12])|(\\d{1,2})))?");

    private PeriodText() {
    }

    /** The period {@code text} names, cut at {@code cutOffDay}; refused with one sentence when it names none. */
    public static ReportPeriod parse(String text, int cutOffDay) throws ReportRefusal {
        if (cutOffDay < 1 || cutOffDay > ReportPeriod.LATEST_CUT_OFF_DAY) {
            throw new ReportRefusal("report.badCutOff", cutOffDay, ReportPeriod.LATEST_CUT_OFF_DAY);
        }
        Matcher m = PERIOD.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new ReportRefusal("report.badPeriod", text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return ReportPeriod.quarter(year, Integer.parseInt(m.group(3)), cutOffDay);
        }
        if (m.group(4) != null) {
            return ReportPeriod.halfYear(year, Integer.parseInt(m.group(5)), cutOffDay);
        }
        if (m.group(6) != null) {
            int month = Integer.parseInt(m.group(6));
            if (month < 1 || month > 12) {
                throw new ReportRefusal("report.badPeriod", text);
            }
            return ReportPeriod.month(year, month, cutOffDay);
        }
        return ReportPeriod.wholeYear(year, cutOffDay);
    }
}
