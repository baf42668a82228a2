package vn.plandesk.gui.units;

import java.util.List;
import java.util.Optional;
import vn.plandesk.gui.DialogService;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/** The dialogs of the units directory, on top of the shared ones, so tests can answer them. */
public interface UnitDialogs extends DialogService {

    /** What the unit form gives back. */
    record UnitFields(String fullName, String shortName, UnitKind kind) {
    }

    /** Asks for a unit's names and kind: a new one ({@code current} null) or changes to {@code current}. */
    Optional<UnitFields> askUnit(String title, Unit current);

    /** Asks which unit {@code from} is to be merged into, among {@code candidates}. */
    Optional<Unit> askMergeTarget(Unit from, List<Unit> candidates);

    /** Asks whether to go ahead; true only when the user chose {@code confirmButton}. */
    boolean confirm(String title, String header, String message, String confirmButton);
}
