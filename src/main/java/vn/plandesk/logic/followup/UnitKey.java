package vn.plandesk.logic.followup;

import java.util.Comparator;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.UnitRef;

/**
 * Groups tasks by lead unit: by directory id when the unit is stored, else by its name read
 * without accents. The null key stands for "no lead unit".
 */
record UnitKey(Long id, String nameKey) {

    static UnitKey of(UnitRef unit) {
        return unit.id() != null ? new UnitKey(unit.id(), null) : new UnitKey(null, VietnameseText.searchKey(unit.name()));
    }

    static String noLeadName() {
        return Messages.get("followup.noLeadUnit");
    }

    /** Units by name the Vietnamese way, the tasks without a lead unit last. */
    static <T> Comparator<T> byUnitName(java.util.function.Function<T, UnitRef> unit, java.util.function.Function<T, String> name) {
        Comparator<String> vietnamese = VietnameseText.comparator();
        return Comparator.<T, Boolean>comparing(t -> unit.apply(t) == null).thenComparing(name, vietnamese);
    }
}
