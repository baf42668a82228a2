package vn.plandesk.logic.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import vn.plandesk.model.Recurrence;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;

/**
 * The te_* columns that keep a time expression (words and meaning) in the phase, task, extension
 * and source-deadline tables, read and written in one place.
 */
final class TimeColumns {
    private final Field<String> raw;
    private final Field<String> kind;
    private final Field<LocalDate> start;
    private final Field<LocalDate> end;
    private final Field<String> period;
    private final Field<Integer> day;
    private final Field<Integer> month;
    private final Field<String> flags;

    TimeColumns(Table<?> table) {
        raw = table.field("TE_RAW", String.class);
        kind = table.field("TE_KIND", String.class);
        start = table.field("TE_START", LocalDate.class);
        end = table.field("TE_END", LocalDate.class);
        period = table.field("TE_RECUR_PERIOD", String.class);
        day = table.field("TE_RECUR_DAY", Integer.class);
        month = table.field("TE_RECUR_MONTH", Integer.class);
        flags = table.field("TE_FLAGS", String.class);
    }

    void write(Record record, TimeExpression te) {
        Recurrence r = te.recurrence();
        record.set(raw, te.raw());
        record.set(kind, te.kind().name());
        record.set(start, te.start());
        record.set(end, te.end());
        record.set(period, r == null ? null : r.period().name());
        record.set(day, r == null ? null : r.dayOfMonth());
        record.set(month, r == null ? null : r.month());
        record.set(flags, te.flags().isEmpty() ? null
                : te.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    TimeExpression read(Record record) {
        TimeKind k = TimeKind.valueOf(record.get(kind));
        if (k == TimeKind.NONE) {
            return TimeExpression.none();
        }
        String p = record.get(period);
        Recurrence r = p == null ? null : new Recurrence(Recurrence.Period.valueOf(p), record.get(day), record.get(month));
        return new TimeExpression(record.get(raw), k, record.get(start), record.get(end), r, readFlags(record.get(flags)));
    }

    private static Set<TimeExpression.Flag> readFlags(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<TimeExpression.Flag> set = EnumSet.noneOf(TimeExpression.Flag.class);
        Arrays.stream(text.split(",")).map(String::strip).map(TimeExpression.Flag::valueOf).forEach(set::add);
        return set;
    }
}
