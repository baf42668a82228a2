package vn.plandesk.gui.offending;

/** Breaks the executor rule on purpose: ArchitectureRulesFailTest checks that the rule sees it. */
public final class StartsItsOwnThread {

    void saveLater(Runnable save) {
        Thread thread = new Thread(save, "saver");
        thread.start();
    }
}
