package vn.plandesk.gui.offending;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Breaks the executor rule on purpose: ArchitectureRulesFailTest checks that the rule sees it. */
public final class MakesItsOwnPool {

    ExecutorService pool() {
        return Executors.newSingleThreadExecutor();
    }
}
