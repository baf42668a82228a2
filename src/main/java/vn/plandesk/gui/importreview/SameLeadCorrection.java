package vn.plandesk.gui.importreview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lead corrected in one row, offered for the other rows whose lead names the same words: the
 * names taken out ({@code replaced}) give way to the names put in ({@code by}, empty when the
 * correction only removed a name), where the first of them stood. Nothing changes unless the user
 * agrees; the review asks.
 */
record SameLeadCorrection(List<String> replaced, List<String> by, List<ReviewRow> rows) {

    /** The correction to offer after {@code corrected}'s lead went from {@code before} to {@code now}, if other rows share it. */
    static Optional<SameLeadCorrection> after(ReviewRow corrected, String before, String now, List<ReviewRow> all) {
        List<String> was = UnitLists.parse(before);
        List<String> is = UnitLists.parse(now);
        List<String> replaced = was.stream().filter(name -> !is.contains(name)).toList();
        if (replaced.isEmpty()) {
            return Optional.empty();
        }
        List<String> by = is.stream().filter(name -> !was.contains(name)).toList();
        List<ReviewRow> rows = all.stream().filter(row -> row != corrected)
                .filter(row -> UnitLists.parse(row.field(ReviewRow.Column.LEAD).value()).stream().anyMatch(replaced::contains))
                .toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new SameLeadCorrection(replaced, by, rows));
    }

    /** A row's lead with the correction made. */
    String applyTo(String lead) {
        Set<String> names = new LinkedHashSet<>();
        boolean put = false;
        for (String name : UnitLists.parse(lead)) {
            if (!replaced.contains(name)) {
                names.add(name);
            } else if (!put) {
                names.addAll(by);
                put = true;
            }
        }
        return String.join(UnitLists.SEPARATOR, new ArrayList<>(names));
    }
}
