package vn.plandesk.gui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The user's actions on the open plan, one after another on the JavaFX thread: an action that
 * starts a store write {@link #hold() holds} the next ones back until the write is stored and shown,
 * so that each action sees the plan as the ones before left it and the store gets them in order.
 */
final class Turns {
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int holds;
    private boolean draining;
    private boolean acting;

    /** Runs the action after the actions before it are done; at once when asked from inside an action. */
    void take(Runnable action) {
        if (acting) {
            action.run();
            return;
        }
        waiting.add(action);
        drain();
    }

    /** Keeps the next actions waiting until the returned release runs (once; later runs do nothing). */
    Runnable hold() {
        holds++;
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                holds--;
                drain();
            }
        };
    }

    /** Whether an action is waiting for a write. */
    boolean busy() {
        return holds > 0;
    }

    private void drain() {
        if (draining) {
            return; // a release inside an action: the loop below goes on
        }
        draining = true;
        try {
            while (holds == 0 && !waiting.isEmpty()) {
                acting = true;
                try {
                    waiting.poll().run();
                } finally {
                    acting = false;
                }
            }
        } finally {
            draining = false;
        }
    }
}
