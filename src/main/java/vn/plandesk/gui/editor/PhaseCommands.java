package vn.plandesk.gui.editor;

import vn.plandesk.gui.undo.BeforeAfterCommand;
import vn.plandesk.gui.undo.Command;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Phase;
import vn.plandesk.model.PlanHeader;

/** The edits of phases and of the header as undoable commands. */
final class PhaseCommands {
    private PhaseCommands() {
    }

    /** Changes a phase's own fields: title, time span. */
    static Command edit(PlanSession session, String name, Phase before, Phase after) {
        long phaseId = before.id();
        return new BeforeAfterCommand<>(name, before, after, (from, to) -> {
            Phase current = session.currentPhase(phaseId);
            PlanSession.expectSame(from, current);
            Phase stored = to.withId(current.id());
            session.stored(session.store().updatePhase(session.planId(), session.version(), stored));
            session.show(tree -> tree.replacePhase(stored));
        });
    }

    /**
     * Inserts a phase with its tasks (a new phase, or a deleted one put back). Deleting is the same
     * command the other way round, so both share this class.
     */
    static final class Insert implements Command {
        private final PlanSession session;
        private final String name;
        private final Long parentId;
        private final int index;
        private final boolean deletes;
        private final Phase content;
        /** The phase as last stored, with the ids its parts have in the store; null before the first insert. */
        private Phase stored;

        private Insert(PlanSession session, String name, Long parentId, int index, Phase phase, boolean deletes) {
            this.session = session;
            this.name = name;
            this.parentId = parentId;
            this.index = index;
            this.content = phase;
            this.stored = deletes ? phase : null;
            this.deletes = deletes;
        }

        static Insert adding(PlanSession session, String name, Long parentId, int index, Phase phase) {
            return new Insert(session, name, parentId, index, phase, false);
        }

        /** {@code phase} with its tasks and sub-phases, as stored. */
        static Insert deleting(PlanSession session, String name, Long parentId, int index, Phase phase) {
            return new Insert(session, name, parentId, index, phase, true);
        }

        /** The id the phase has now. */
        long phaseId() {
            return session.phaseIds.current(stored.id());
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void execute() throws StoreException {
            if (deletes) {
                remove();
            } else {
                insert();
            }
        }

        @Override
        public void undo() throws StoreException {
            if (deletes) {
                insert();
            } else {
                remove();
            }
        }

        private void insert() throws StoreException {
            Long parent = parentId == null ? null : session.phaseIds.current(parentId);
            PlanStore.Edit<Phase> edit = session.store().addPhase(session.planId(), session.version(), parent, index, content);
            session.stored(edit.version());
            if (stored != null) {
                session.remapPhase(stored, edit.value());
            }
            stored = edit.value();
            session.show(tree -> tree.insertPhase(parent, index, edit.value()));
        }

        private void remove() throws StoreException {
            long id = phaseId();
            session.stored(session.store().deletePhase(session.planId(), session.version(), id));
            session.show(tree -> tree.removePhase(id));
        }
    }

    /** Where a phase is: its parent phase (as first seen; null at the top level) and its index among its siblings. */
    record Place(Long parentId, int index) {
    }

    /** Moves a phase among its siblings, under another phase, or back to the top level. */
    static Command reparent(PlanSession session, String name, long phaseId, Place from, Place to) {
        return new BeforeAfterCommand<>(name, from, to, (was, place) -> {
            long id = session.currentPhase(phaseId).id();
            Long parent = place.parentId() == null ? null : session.phaseIds.current(place.parentId());
            session.stored(session.store().reparentPhase(session.planId(), session.version(), id, parent, place.index()));
            session.show(tree -> tree.reparentPhase(id, parent, place.index()));
        });
    }

    /** Replaces the header (number, subject, signer, recipients ...). */
    static Command header(PlanSession session, String name, PlanHeader before, PlanHeader after) {
        return new BeforeAfterCommand<>(name, before, after, (from, to) -> {
            if (!from.equals(session.document.header())) {
                throw new StoreException(StoreException.Reason.STALE, "editor.changedElsewhere");
            }
            session.stored(session.store().updateHeader(session.planId(), session.version(), to));
            session.show(tree -> tree.setHeader(to));
        });
    }
}
