package vn.plandesk.gui.editor;

import java.util.HashMap;
import java.util.Map;

/**
 * The store gives a task or phase a new id each time it is inserted, so a deleted task that an
 * undo puts back has a new id. Commands remember the ids they first saw and look up the current
 * one here.
 */
final class IdMap {
    private final Map<Long, Long> next = new HashMap<>();

    /** The id the item has now. */
    long current(long id) {
        long at = id;
        Long moved = next.get(at);
        while (moved != null) {
            at = moved;
            moved = next.get(at);
        }
        return at;
    }

    void moved(long oldId, long newId) {
        if (oldId != newId) {
            next.put(oldId, newId);
        }
    }
}
