package vn.plandesk.gui.importreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Task;
import vn.plandesk.model.Text;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/**
 * The plan as the user reviewed it: the edited values over what was read, unit names as chosen
 * (a unit the directory knows by its id, a new one by name, one left out not at all).
 */
final class ReviewedPlan {

    /** Something the plan cannot be stored without; the message says what and where. */
    static final class Incomplete extends Exception {
        Incomplete(String message) {
            super(message);
        }
    }

    private final ImportReviewViewModel review;
    private final Map<String, UnitChoice> choices;

    ReviewedPlan(ImportReviewViewModel review) {
        this.review = review;
        this.choices = review.unitChoices().stream().collect(Collectors.toMap(UnitChoice::name, Function.identity()));
    }

    Plan build() throws Incomplete {
        for (UnitChoice choice : review.unitChoices()) {
            if (choice.action() == UnitChoice.Action.MAP && choice.mappedTo() == null) {
                throw new Incomplete(Messages.get("review.incomplete.unmapped", choice.name()));
            }
        }
        String subject = Text.clean(review.subject().value());
        if (subject == null) {
            throw new Incomplete(Messages.get("review.incomplete.subject"));
        }
        List<Phase> phases = new ArrayList<>();
        for (ReviewRow row : review.phases()) {
            phases.add(phase(row));
        }
        Plan read = review.result().plan();
        List<UnitRef> participants = refs(read.participants().stream().map(UnitRef::name).toList());
        return new Plan(null, 0, review.type().value(), review.number().value(), review.governingBody().value(),
                review.issuer().value(), review.place().value(), review.issuedOn().value(), subject, read.legalBases(),
                read.sections(), phases, signer(), recipients(), read.status(), read.source(), read.notes(), participants,
                read.sourceDeadlines());
    }

    private Phase phase(ReviewRow row) throws Incomplete {
        String title = text(row, ReviewRow.Column.CONTENT);
        if (title == null) {
            throw new Incomplete(Messages.get("review.incomplete.phaseTitle", positionOf(row)));
        }
        List<Task> tasks = new ArrayList<>();
        List<Phase> subPhases = new ArrayList<>();
        for (ReviewRow child : row.children()) {
            if (child.isPhase()) {
                subPhases.add(phase(child));
            } else {
                tasks.add(task(child));
            }
        }
        List<UnitRef> focal = refs(UnitLists.parse(row.field(ReviewRow.Column.LEAD).value()));
        Phase read = row.phase();
        return new Phase(null, text(row, ReviewRow.Column.LABEL), title, row.deadline(), read.target(),
                focal.isEmpty() ? null : focal.get(0), tasks, subPhases);
    }

    private Task task(ReviewRow row) throws Incomplete {
        String content = text(row, ReviewRow.Column.CONTENT);
        if (content == null) {
            throw new Incomplete(Messages.get("review.incomplete.taskContent", positionOf(row)));
        }
        Task read = row.task();
        return new Task(null, text(row, ReviewRow.Column.LABEL), content, row.deadline(), read.start(), read.deliverable(),
                refs(UnitLists.parse(row.field(ReviewRow.Column.LEAD).value())),
                refs(UnitLists.parse(row.field(ReviewRow.Column.SUPPORT).value())),
                read.percentDone(), read.completedOn(), read.notes(), read.extensions());
    }

    /** Names as stored: a directory unit by its id, a mapped one as its target, a left-out one dropped. */
    private List<UnitRef> refs(List<String> names) {
        List<UnitRef> refs = new ArrayList<>();
        for (String name : names) {
            UnitChoice choice = choices.get(name);
            UnitRef ref;
            if (choice == null) {
                Unit known = review.matcher().match(name);
                ref = known == null ? UnitRef.named(name) : known.ref();
            } else {
                ref = switch (choice.action()) {
                    case CREATE -> UnitRef.named(name);
                    case MAP -> choice.mappedTo().ref();
                    case LEAVE_OUT -> null;
                };
            }
            if (ref != null && refs.stream().noneMatch(r -> r.name().equals(ref.name()))) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private Signer signer() {
        String position = Text.clean(review.signerPosition().value());
        String name = Text.clean(review.signerName().value());
        if (position == null && name == null && review.signerAuthority().value() == null) {
            return null;
        }
        return new Signer(review.signerAuthority().value(), position, name);
    }

    private List<Recipient> recipients() {
        String text = review.recipients().value();
        if (text == null) {
            return List.of();
        }
        return text.lines().filter(line -> Text.clean(line) != null && Text.clean(line.replaceAll("^[-–+•;.,\\s]+", "")) != null)
                .map(Recipient::parse).toList();
    }

    private static String text(ReviewRow row, ReviewRow.Column column) {
        return Text.clean(row.field(column).value());
    }

    /** The row's number as written, else its place in the tree counted from 1. */
    private String positionOf(ReviewRow row) {
        String label = text(row, ReviewRow.Column.LABEL);
        return label != null && !"-".equals(label) ? label
                : Messages.get("review.rowNumber", review.allRows().indexOf(row) + 1);
    }
}
