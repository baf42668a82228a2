package vn.plandesk.bench;

import java.nio.file.Files;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;

import javafx.scene.control.TreeItem;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.gui.editor.Column;
import vn.plandesk.gui.editor.EditorRow;
import vn.plandesk.gui.editor.PlanEditorViewModel;
import vn.plandesk.gui.editor.TaskClipboard;
import vn.plandesk.logic.store.Store;
import vn.plandesk.testing.PlanGenerator;

/**
 * Opening a large plan in the editor (store read, tree items built, checks run) and one deadline
 * edit in it (stored, its row replaced, checks run again), against PlanStore.load alone in the
 * same run. The view model is measured without a stage: the tree table itself only draws the
 * rows on screen (fixed row height, virtualised cells), so its cost does not grow with the plan.
 */
public final class EditorBenchmark {
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"));
        for (int tasks : new int[] {1_000, 10_000}) {
            run(tasks);
        }
    }

    private static void run(int taskCount) throws Exception {
        Path folder = Files.createTempDirectory("plandesk-bench");
        try (Store store = Store.open(folder)) {
            long id = store.plans().create(PlanGenerator.plan(taskCount, 42));
            // the scripted dialogs answer every question yes; an error they would have shown is printed
            RecordingDialogService quiet = new RecordingDialogService();
            ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
            PlanEditorViewModel editor = new PlanEditorViewModel(store.plans(), store.units(), new StoreChanges(), quiet,
                    new TaskClipboard(), Clock.systemDefaultZone(), executor);
            long[] load = new long[ROUNDS];
            long[] open = new long[ROUNDS];
            long[] edit = new long[ROUNDS];
            long[] editOnScreenThread = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                store.plans().load(id);
                load[round] = System.nanoTime() - t0;

                long start = System.nanoTime();
                editor.show(editor.load(id));
                open[round] = System.nanoTime() - start;

                TreeItem<EditorRow> row = editor.rootProperty().get().getChildren().get(3).getChildren().get(2);
                long e0 = System.nanoTime();
                long work0 = executor.workNanos();
                editor.editText(row.getValue(), Column.DEADLINE, round % 2 == 0 ? "trước ngày 15/7/2026" : "Quý III/2026");
                edit[round] = System.nanoTime() - e0;
                // in the window the work (the write) runs on the background executor, the rest on the JavaFX thread
                editOnScreenThread[round] = edit[round] - (executor.workNanos() - work0);
            }
            double base = median(load);
            System.out.printf("%,d tasks: PlanStore.load %.0f ms (baseline) · opened in the editor %.0f ms (%.2f× load) · "
                    + "one deadline edit stored, row replaced, plan re-checked %.1f ms (%.3f× load), of which on the JavaFX thread "
                    + "%.1f ms (a frame is 16 ms)%n", taskCount, base / 1e6, median(open) / 1e6, median(open) / base, median(edit) / 1e6,
                    median(edit) / base, median(editOnScreenThread) / 1e6);
            quiet.shown().forEach(error -> System.out.println("error: " + error));
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private EditorBenchmark() {
    }
}
