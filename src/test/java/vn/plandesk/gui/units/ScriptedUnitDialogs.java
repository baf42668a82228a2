package vn.plandesk.gui.units;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import vn.plandesk.model.Unit;

/** Answers the units directory's forms from a script, for tests without a screen. */
final class ScriptedUnitDialogs implements UnitDialogs {
    final Deque<Optional<UnitFields>> unitForms = new ArrayDeque<>();
    final Deque<String> mergeTargets = new ArrayDeque<>();

    @Override
    public Optional<UnitFields> askUnit(String title, Unit current) {
        return unitForms.remove();
    }

    @Override
    public Optional<Unit> askMergeTarget(Unit from, List<Unit> candidates) {
        String name = mergeTargets.remove();
        return candidates.stream().filter(u -> u.fullName().equals(name)).findFirst();
    }
}
