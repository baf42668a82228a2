package vn.plandesk.gui.editor;

/**
 * Questions the editor asks, beside {@link vn.plandesk.gui.DialogService}'s messages: a view model
 * asks through here and a test answers.
 */
public interface Prompts {

    /**
     * Asks a yes/no question. {@code details} (may be null) is shown in a box the user can select
     * and copy from: the words she typed that were not stored.
     */
    boolean confirm(String title, String message, String details, String yes, String no);
}
