package vn.plandesk.gui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.gui.editor.EditorRow.TaskRow;
import vn.plandesk.logic.validation.PlanRules;
import vn.plandesk.logic.validation.Problem;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;

/**
 * The open plan's problems, for the rows' marks, the list under the tree and the header form: the checks run
 * over the whole plan on the background executor, on a snapshot taken on the JavaFX thread (the plan's records
 * are immutable), and the newest check's problems are shown. Over 10,000 tasks the checks took most of an
 * edit's time on the JavaFX thread.
 */
final class PlanChecks {
    private final PlanRules rules = new PlanRules();
    private final TaskExecutor executor;
    private final HeaderFormModel header;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private Map<Long, List<Problem>> byRow = Map.of();
    /** Counts the checks started, so that a slower older one does not overwrite a newer one's problems. */
    private final AtomicLong started = new AtomicLong();

    PlanChecks(TaskExecutor executor, HeaderFormModel header) {
        this.executor = executor;
        this.header = header;
    }

    /**
     * Checks {@code plan}, with the store's plans ({@code stored}) for a number used twice; its problems are
     * shown unless a newer check was started meanwhile or {@code stillShown} says the plan is no longer open.
     */
    void check(Plan plan, List<PlanSummary> stored, BooleanSupplier stillShown) {
        long mine = started.incrementAndGet();
        executor.execute(BackgroundTask.wrap(() -> rules.check(plan, stored)).onSuccess(found -> {
            if (mine == started.get() && stillShown.getAsBoolean()) {
                show(found);
            }
        }));
    }

    /** No plan open: no problems, and a check still running shows none. */
    void clear() {
        started.incrementAndGet();
        byRow = Map.of();
        problems.clear();
    }

    /** Every problem of the open plan, the list under the tree shows them. */
    ObservableList<Problem> problems() {
        return problems;
    }

    /** The problems of one row, for its mark and tooltip. */
    List<Problem> of(EditorRow row) {
        long key = row instanceof TaskRow ? row.id() : -row.id();
        return byRow.getOrDefault(key, List.of());
    }

    private void show(List<Problem> found) {
        Map<Long, List<Problem>> rows = new HashMap<>();
        List<String> headerProblems = new ArrayList<>();
        for (Problem p : found) {
            if (p.taskId() != null) {
                rows.computeIfAbsent(p.taskId(), k -> new ArrayList<>()).add(p);
            } else if (p.phaseId() != null) {
                rows.computeIfAbsent(-p.phaseId(), k -> new ArrayList<>()).add(p);
            } else if (p.kind() == Problem.Kind.DUPLICATE_NUMBER) {
                headerProblems.add(p.message());
            }
        }
        byRow = rows;
        header.setOtherProblems(headerProblems);
        problems.setAll(found);
    }
}
