package vn.plandesk.gui.units;

import java.util.List;
import java.util.Optional;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/** The units directory's own forms (its questions and messages go to the shared dialogs), so tests can answer them. */
public interface UnitDialogs {

    /** What the unit form gives back. */
    record UnitFields(String fullName, String shortName, UnitKind kind) {
    }

    /** Asks for a unit's names and kind: a new one ({@code current} null) or changes to {@code current}. */
    Optional<UnitFields> askUnit(String title, Unit current);

    /** Asks which unit {@code from} is to be merged into, among {@code candidates}. */
    Optional<Unit> askMergeTarget(Unit from, List<Unit> candidates);
}
