package vn.plandesk.gui.importreview;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.Finding;

/**
 * Places each finding about a document read for review at what it is about, so that the review can mark that
 * value and go to it: a header field, a cell of a phase's or task's row, a unit the directory does not know,
 * or else the units or the document as a whole.
 */
final class FindingPlaces {
    /** The importer's name for a row's value: "phases[0].subPhases[1].tasks[2].deadline", the value's name optional. */
    private static final Pattern ROW_FIELD =
            Pattern.compile("^(phases\\[\\d+](?:\\.subPhases\\[\\d+])?(?:\\.tasks\\[\\d+])?)(?:\\.(\\w+))?$");

    private final Map<String, ReviewField<?>> headerFields;
    private final Map<String, ReviewRow> rowsByPath;
    private final Function<String, UnitChoice> unitChoice;

    /**
     * @param headerFields the review's header fields by the importer's names for them ("number", "issued_on" ...)
     * @param rowsByPath   the review's rows by the importer's paths to them
     * @param unitChoice   what the review offers for a unit the directory does not know, by its name
     */
    FindingPlaces(Map<String, ReviewField<?>> headerFields, Map<String, ReviewRow> rowsByPath, Function<String, UnitChoice> unitChoice) {
        this.headerFields = headerFields;
        this.rowsByPath = rowsByPath;
        this.unitChoice = unitChoice;
    }

    /** The finding, placed. */
    FindingItem place(Finding finding) {
        String field = finding.field();
        ReviewField<?> header = headerFields.get(field);
        if (header != null) {
            return new FindingItem(finding, header.name(), header, null, null);
        }
        if (field.equals("units") && finding.key().equals("finding.unitProposed") && !finding.args().isEmpty()) {
            UnitChoice unit = unitChoice.apply(String.valueOf(finding.args().get(0)));
            return new FindingItem(finding, Messages.get("review.where.unit", finding.args().get(0)), null, null, unit);
        }
        Matcher m = ROW_FIELD.matcher(field);
        if (m.matches() && rowsByPath.containsKey(m.group(1))) {
            ReviewRow row = rowsByPath.get(m.group(1));
            ReviewField<String> target = row.field(column(m.group(2)));
            return new FindingItem(finding, Messages.get("review.where.row", row.shortTitle(), target.name()), target, row, null);
        }
        String where = field.equals("units") ? Messages.get("review.where.units") : Messages.get("review.where.document");
        return new FindingItem(finding, where, null, null, null);
    }

    private static ReviewRow.Column column(String name) {
        if (name == null) {
            return ReviewRow.Column.CONTENT;
        }
        return switch (name) {
            case "label" -> ReviewRow.Column.LABEL;
            case "deadline" -> ReviewRow.Column.DEADLINE;
            case "lead", "focalUnit" -> ReviewRow.Column.LEAD;
            case "support" -> ReviewRow.Column.SUPPORT;
            default -> ReviewRow.Column.CONTENT;
        };
    }
}
