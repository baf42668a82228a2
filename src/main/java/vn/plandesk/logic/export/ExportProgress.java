package vn.plandesk.logic.export;

/**
 * Told how far a long export has come, so the window can show a progress bar. Called from the
 * exporting thread; an implementation that updates a screen must hand the values over itself.
 */
@FunctionalInterface
public interface ExportProgress {

    /** Nothing to report to. */
    ExportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} steps (tasks written) are finished; {@code total} may be 0. */
    void update(int done, int total);
}
