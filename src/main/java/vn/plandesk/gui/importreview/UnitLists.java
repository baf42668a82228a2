package vn.plandesk.gui.importreview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.plandesk.model.UnitRef;

/**
 * Units edited as one line of text, separated by semicolons: "Sở Tài chính; Sở Nội vụ". Commas
 * cannot separate units because names contain them ("UBND các huyện, thị xã, thành phố").
 */
final class UnitLists {
    static final String SEPARATOR = "; ";

    private UnitLists() {
    }

    static String format(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).collect(Collectors.joining(SEPARATOR));
    }

    /** The names in a line, trimmed, blanks and repeats dropped, in the order written. */
    static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split(";")) {
            String name = vn.plandesk.model.Text.clean(part);
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
