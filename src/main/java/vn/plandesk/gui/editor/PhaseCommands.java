package vn.plandesk.gui.editor;

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
    static final class Edit implements Command {
        private final PlanSession session;
        private final String name;
        private final long phaseId;
        private final Phase before;
        private final Phase after;

        Edit(PlanSession session, String name, Phase before, Phase after) {
            this.session = session;
            this.name = name;
            this.phaseId = before.id();
            this.before = before;
            this.after = after;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void execute() throws StoreException {
            write(before, after);
        }

        @Override
        public void undo() throws StoreException {
            write(after, before);
        }

        private void write(Phase from, Phase to) throws StoreException {
            Phase current = session.currentPhase(phaseId);
            PlanSession.expectSame(from, current);
            Phase stored = to.withId(current.id());
            session.stored(session.store().updatePhase(session.planId(), session.version(), stored));
            session.show(tree -> tree.replacePhase(stored));
        }
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

    /** Moves a phase among its siblings, under another phase, or back to the top level. */
    static final class Reparent implements Command {
        private final PlanSession session;
        private final String name;
        private final long phaseId;
        private final Long fromParent;
        private final int fromIndex;
        private final Long toParent;
        private final int toIndex;

        Reparent(PlanSession session, String name, long phaseId, Long fromParent, int fromIndex, Long toParent, int toIndex) {
            this.session = session;
            this.name = name;
            this.phaseId = phaseId;
            this.fromParent = fromParent;
            this.fromIndex = fromIndex;
            this.toParent = toParent;
            this.toIndex = toIndex;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void execute() throws StoreException {
            move(toParent, toIndex);
        }

        @Override
        public void undo() throws StoreException {
            move(fromParent, fromIndex);
        }

        private void move(Long parentId, int index) throws StoreException {
            long id = session.currentPhase(phaseId).id();
            Long parent = parentId == null ? null : session.phaseIds.current(parentId);
            session.stored(session.store().reparentPhase(session.planId(), session.version(), id, parent, index));
            session.show(tree -> tree.reparentPhase(id, parent, index));
        }
    }

    /** Replaces the header (number, subject, signer, recipients ...). */
    static final class Header implements Command {
        private final PlanSession session;
        private final String name;
        private final PlanHeader before;
        private final PlanHeader after;

        Header(PlanSession session, String name, PlanHeader before, PlanHeader after) {
            this.session = session;
            this.name = name;
            this.before = before;
            this.after = after;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void execute() throws StoreException {
            write(before, after);
        }

        @Override
        public void undo() throws StoreException {
            write(after, before);
        }

        private void write(PlanHeader from, PlanHeader to) throws StoreException {
            if (!from.equals(session.document.header())) {
                throw new StoreException(StoreException.Reason.STALE, "editor.changedElsewhere");
            }
            session.stored(session.store().updateHeader(session.planId(), session.version(), to));
            session.show(tree -> tree.setHeader(to));
        }
    }
}
