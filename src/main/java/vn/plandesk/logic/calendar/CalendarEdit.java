package vn.plandesk.logic.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.plandesk.model.Text;

/**
 * One change an office makes to the default calendar of a year, as the Government or the province
 * announces it: a day off added, a default holiday removed (moved elsewhere), or a weekend day worked
 * in exchange (làm bù). {@code note} says why, e.g. "Theo Thông báo 6150/TB-BLĐTBXH".
 */
public record CalendarEdit(LocalDate day, Kind kind, String note) {

    public enum Kind {
        /** The day is a day off. */
        DAY_OFF,
        /** A default holiday that is a working day this year. */
        NOT_A_HOLIDAY,
        /** A weekend day that is worked (làm bù). */
        WORKING_DAY
    }

    public CalendarEdit {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        note = Text.clean(note);
    }
}
