package vn.plandesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.plandesk.logic.i18n.Messages;

/** Dates typed for the report and urge commands: dd/MM/yyyy (leading zeros optional). */
final class ReportDates {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ReportDates() {
    }

    static LocalDate parse(String text) throws StoreCommand.Refusal {
        try {
            return LocalDate.parse(text.strip(), TYPED);
        } catch (DateTimeParseException e) {
            throw new StoreCommand.Refusal(Messages.get("report.badDate", text));
        }
    }
}
