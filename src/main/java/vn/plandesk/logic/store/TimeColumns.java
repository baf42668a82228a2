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
        raw = column(table, "TE_RAW");
        kind = column(table, "TE_KIND");
        start = column(table, "TE_START");
        end = column(table, "TE_END");
        period = column(table, "TE_RECUR_PERIOD");
        day = column(table, "TE_RECUR_DAY");
        month = column(table, "TE_RECUR_MONTH");
        flags = column(table, "TE_FLAGS");
    }

    /**
     * The table's own field, whose type the generated table already fixes. A typed copy
     * ({@code table.field(name, type)}) is another object, which a fetched record finds only by
     * comparing rendered SQL names: half the time of reading a 10,000-task plan.
     */
    @SuppressWarnings("unchecked")
    private static <T> Field<T> column(Table<?> table, String name) {
        return (Field<T>) table.field(name);
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
