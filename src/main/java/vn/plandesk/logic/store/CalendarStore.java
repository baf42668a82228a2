package vn.plandesk.logic.store;

import static vn.plandesk.logic.store.db.Tables.CALENDAR_EDIT;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.calendar.WorkCalendar;

/**
 * The office's edits of the calendar, kept in the store: the days the Government or the province
 * announces each year (Tết days, the day joined to Quốc khánh, swapped working days). Every write is
 * one transaction.
 */
public final class CalendarStore {
    private final DSLContext dsl;

    public CalendarStore(Store store) {
        this(store.dsl());
    }

    CalendarStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every edit, in date order. */
    public List<CalendarEdit> edits() {
        return dsl.selectFrom(CALENDAR_EDIT).orderBy(CALENDAR_EDIT.EDIT_DAY)
                .fetch(r -> new CalendarEdit(r.getEditDay(), CalendarEdit.Kind.valueOf(r.getKind()), r.getNote()));
    }

    /** The edits of one year, in date order. */
    public List<CalendarEdit> edits(int year) {
        return edits().stream().filter(e -> e.day().getYear() == year).toList();
    }

    /** The office's calendar: the default rules with every stored edit. */
    public WorkCalendar calendar() {
        return WorkCalendar.withEdits(edits());
    }

    /** Stores an edit, replacing any earlier edit of the same day. */
    public void save(CalendarEdit edit) throws StoreException {
        Transactions.inTransaction(dsl, ChangeNotice.Kind.HOLIDAYS, tx -> {
            tx.deleteFrom(CALENDAR_EDIT).where(CALENDAR_EDIT.EDIT_DAY.eq(edit.day())).execute();
            insert(tx, edit);
            return null;
        });
    }

    /** Takes back the edit of a day: the day follows the default rules again. */
    public void remove(LocalDate day) throws StoreException {
        Transactions.inTransaction(dsl, ChangeNotice.Kind.HOLIDAYS, tx -> tx.deleteFrom(CALENDAR_EDIT).where(CALENDAR_EDIT.EDIT_DAY.eq(day)).execute());
    }

    /** Replaces all edits of a year with these (the year as announced); all or nothing. */
    public void replaceYear(int year, List<CalendarEdit> yearEdits) throws StoreException {
        for (CalendarEdit edit : yearEdits) {
            if (edit.day().getYear() != year) {
                throw new IllegalArgumentException(edit.day() + " is not in " + year);
            }
        }
        Transactions.inTransaction(dsl, ChangeNotice.Kind.HOLIDAYS, tx -> {
            tx.deleteFrom(CALENDAR_EDIT).where(CALENDAR_EDIT.EDIT_DAY.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                    .execute();
            for (CalendarEdit edit : yearEdits) {
                tx.deleteFrom(CALENDAR_EDIT).where(CALENDAR_EDIT.EDIT_DAY.eq(edit.day())).execute();
                insert(tx, edit);
            }
            return null;
        });
    }

    private static void insert(DSLContext tx, CalendarEdit edit) {
        tx.insertInto(CALENDAR_EDIT).set(CALENDAR_EDIT.EDIT_DAY, edit.day()).set(CALENDAR_EDIT.KIND, edit.kind().name())
                .set(CALENDAR_EDIT.NOTE, edit.note()).execute();
    }
}
