package vn.plandesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.calendar.Holiday;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.CalendarStore;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;

/**
 * {@code plandesk holidays [YEAR]}: the days off of a year by the default rules and the office's edits;
 * {@code holidays add DATE --kind ...} and {@code holidays remove DATE} record and take back the days
 * the Government or the province announces for the year (Tết days, làm bù). The timeline shades what
 * this lists.
 */
@Command(name = "holidays", mixinStandardHelpOptions = true)
final class HolidaysCommand extends StoreCommand {
    /** The years the lunar calendar is computed for (Hồ Ngọc Đức's algorithm holds for these). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Parameters(index = "0", arity = "0..1", paramLabel = "YEAR", descriptionKey = "holidays.year")
    Integer year;

    /** What a subcommand does with the store once its arguments are checked; null for the listing. */
    private StoreAction action;

    private interface StoreAction {
        void run(CalendarStore calendar) throws StoreException, Refusal;
    }

    /** The words a user types after {@code --kind}, and the edit each one records. */
    enum EditKind {
        DAY_OFF("day-off", CalendarEdit.Kind.DAY_OFF),
        NOT_A_HOLIDAY("not-a-holiday", CalendarEdit.Kind.NOT_A_HOLIDAY),
        WORKING_DAY("working-day", CalendarEdit.Kind.WORKING_DAY);

        final String word;
        final CalendarEdit.Kind kind;

        EditKind(String word, CalendarEdit.Kind kind) {
            this.word = word;
            this.kind = kind;
        }

        static Optional<EditKind> of(String typed) {
            for (EditKind k : values()) {
                if (k.word.equalsIgnoreCase(typed.strip())) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    int add(@Parameters(paramLabel = "DATE", descriptionKey = "holidays.add.date") String date,
            @Option(names = "--kind", required = true, paramLabel = "day-off|not-a-holiday|working-day",
                    descriptionKey = "holidays.add.kind") String kindWord,
            @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "holidays.add.name") String name) {
        return runChecked(() -> {
            LocalDate day = parseDate(date);
            EditKind kind = EditKind.of(kindWord)
                    .orElseThrow(() -> new Refusal(Messages.get("holidays.badKind", kindWord)));
            CalendarEdit edit = new CalendarEdit(day, kind.kind, name);
            action = calendar -> {
                checkChangesSomething(calendar, edit);
                calendar.save(edit);
                out().println(Messages.get("holidays.added", DATE.format(day), weekday(day), describe(edit)));
            };
        });
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    int remove(@Parameters(paramLabel = "DATE", descriptionKey = "holidays.remove.date") String date) {
        return runChecked(() -> {
            LocalDate day = parseDate(date);
            action = calendar -> {
                if (calendar.edits(day.getYear()).stream().noneMatch(e -> e.day().equals(day))) {
                    throw new Refusal(Messages.get("holidays.noEdit", DATE.format(day)));
                }
                calendar.remove(day);
                out().println(Messages.get("holidays.removed", DATE.format(day)));
            };
        });
    }

    private interface Check {
        void run() throws Refusal;
    }

    /** Checks a subcommand's arguments, then runs it through {@link StoreCommand#call()}. */
    private int runChecked(Check check) {
        try {
            check.run();
        } catch (Refusal e) {
            err().println(Messages.get("cli.error", e.getMessage()));
            return PlanDeskCommand.FAILED;
        }
        return call();
    }

    @Override
    void checkArguments() throws Refusal {
        if (action == null && year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new Refusal(Messages.get("holidays.badYear", String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
        }
    }

    @Override
    void run(Store store) throws StoreException, Refusal {
        if (action != null) {
            action.run(store.calendar());
            return;
        }
        list(store.calendar(), year != null ? year : LocalDate.now().getYear());
    }

    private void list(CalendarStore store, int listedYear) {
        WorkCalendar calendar = store.calendar();
        Map<LocalDate, CalendarEdit> edits = new TreeMap<>();
        store.edits(listedYear).forEach(e -> edits.put(e.day(), e));
        // The days off, and the office's edits that make a day a working day: both are what the year is.
        Map<LocalDate, String> rows = new TreeMap<>();
        calendar.holidays(listedYear).forEach((day, holiday) -> rows.put(day, name(holiday, edits.get(day))));
        edits.values().forEach(e -> rows.putIfAbsent(e.day(), describe(e)));

        out().println(Messages.get("holidays.header", String.valueOf(listedYear)));
        rows.forEach((day, name) -> out().println(Messages.get(edits.containsKey(day) ? "holidays.rowEdited" : "holidays.row",
                DATE.format(day), weekday(day), name)));
        out().println(Messages.get("holidays.count", calendar.holidays(listedYear).size(), edits.size()));
    }

    /** Refuses an edit that would leave the day as it is by the rules and the other edits. */
    private static void checkChangesSomething(CalendarStore store, CalendarEdit edit) throws Refusal {
        List<CalendarEdit> others = store.edits().stream().filter(e -> !e.day().equals(edit.day())).toList();
        WorkCalendar without = WorkCalendar.withEdits(others);
        LocalDate day = edit.day();
        String shown = DATE.format(day);
        switch (edit.kind()) {
            case DAY_OFF -> {
                if (without.isDayOff(day)) {
                    throw new Refusal(Messages.get("holidays.alreadyOff", shown, weekday(day)));
                }
            }
            case NOT_A_HOLIDAY -> {
                if (without.holidayOn(day).isEmpty()) {
                    throw new Refusal(Messages.get("holidays.notAHoliday", shown, weekday(day)));
                }
            }
            case WORKING_DAY -> {
                if (!without.isDayOff(day)) {
                    throw new Refusal(Messages.get("holidays.alreadyWorking", shown, weekday(day)));
                }
            }
        }
    }

    private static LocalDate parseDate(String typed) throws Refusal {
        LocalDate day;
        try {
            day = LocalDate.parse(typed.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new Refusal(Messages.get("cli.badDate", typed));
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new Refusal(Messages.get("holidays.badYear", String.valueOf(day.getYear()), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
        }
        return day;
    }

    private static String name(Holiday holiday, CalendarEdit edit) {
        if (edit != null && edit.note() != null) {
            return edit.note();
        }
        return Messages.get("holidays.name." + holiday.name());
    }

    private static String describe(CalendarEdit edit) {
        return edit.note() == null ? Messages.get("holidays.kind." + edit.kind().name()) : edit.note();
    }

    private static String weekday(LocalDate day) {
        return Messages.get("holidays.weekday." + day.getDayOfWeek().getValue());
    }
}
