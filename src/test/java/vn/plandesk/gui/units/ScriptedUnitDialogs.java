package vn.plandesk.gui.units;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import vn.plandesk.model.Unit;

/** Answers the units dialogs from a script and keeps what was shown, for tests without a screen. */
final class ScriptedUnitDialogs implements UnitDialogs {
    final Deque<Optional<UnitFields>> unitForms = new ArrayDeque<>();
    final Deque<String> mergeTargets = new ArrayDeque<>();
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    final List<String> shown = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public Optional<UnitFields> askUnit(String title, Unit current) {
        shown.add(title);
        return unitForms.remove();
    }

    @Override
    public Optional<Unit> askMergeTarget(Unit from, List<Unit> candidates) {
        String name = mergeTargets.remove();
        return candidates.stream().filter(u -> u.fullName().equals(name)).findFirst();
    }

    @Override
    public boolean confirm(String title, String header, String message, String confirmButton) {
        shown.add(header + " " + message);
        return confirmations.remove();
    }
}
