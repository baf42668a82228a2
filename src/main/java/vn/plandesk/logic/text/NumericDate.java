package vn.plandesk.logic.text;

import java.time.format.DateTimeFormatter;

/**
 * The one way PlanDesk writes a day in figures: dd/MM/yyyy, as Vietnamese forms and tables do
 * ("15/07/2024"). A document's own dates in words are {@code logic.export.VietnameseDates}.
 */
public final class NumericDate {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NumericDate() {
    }
}
