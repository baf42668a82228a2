package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.calendar.DayKind;
import vn.plandesk.logic.calendar.Holiday;

class CalendarStoreTest {
    /** The store in {@code folder}: H2 here, a database on a real PostgreSQL server in {@code CalendarStoreOnServerTest}. */
    Store openStore(Path folder) throws StoreException {
        return Store.open(folder);
    }

    @TempDir
    Path folder;

    private static final CalendarEdit EXTRA_TET_DAY =
            new CalendarEdit(LocalDate.of(2025, 1, 27), CalendarEdit.Kind.DAY_OFF, "Thông báo 6150/TB-BLĐTBXH");
    private static final CalendarEdit SATURDAY_WORKED =
            new CalendarEdit(LocalDate.of(2025, 2, 8), CalendarEdit.Kind.WORKING_DAY, "Làm bù");

    @Test
    void theOfficesEditsAreKeptAcrossOpenings() throws Exception {
        try (Store store = openStore(folder.resolve("db"))) {
            CalendarStore calendar = new CalendarStore(store);
            calendar.save(EXTRA_TET_DAY);
            calendar.save(SATURDAY_WORKED);
        }
        try (Store store = openStore(folder.resolve("db"))) {
            CalendarStore calendar = new CalendarStore(store);
            assertEquals(List.of(EXTRA_TET_DAY, SATURDAY_WORKED), calendar.edits());
            assertEquals(Holiday.OFFICE_DAY_OFF, calendar.calendar().holidayOn(LocalDate.of(2025, 1, 27)).orElseThrow());
            assertEquals(DayKind.SWAPPED_WORKING_DAY, calendar.calendar().kindOf(LocalDate.of(2025, 2, 8)));
        }
    }

    @Test
    void aDayHasOneEditAndCanGoBackToTheDefault() throws Exception {
        try (Store store = openStore(folder.resolve("db"))) {
            CalendarStore calendar = new CalendarStore(store);
            calendar.save(EXTRA_TET_DAY);
            CalendarEdit changed = new CalendarEdit(EXTRA_TET_DAY.day(), CalendarEdit.Kind.NOT_A_HOLIDAY, null);
            calendar.save(changed);
            assertEquals(List.of(changed), calendar.edits());
            calendar.remove(EXTRA_TET_DAY.day());
            assertTrue(calendar.edits().isEmpty());
            assertEquals(DayKind.WORKING_DAY, calendar.calendar().kindOf(EXTRA_TET_DAY.day()));
        }
    }

    @Test
    void aYearIsReplacedAsAnnouncedAndOtherYearsStay() throws Exception {
        try (Store store = openStore(folder.resolve("db"))) {
            CalendarStore calendar = new CalendarStore(store);
            CalendarEdit other = new CalendarEdit(LocalDate.of(2026, 9, 1), CalendarEdit.Kind.DAY_OFF, null);
            calendar.save(other);
            calendar.save(new CalendarEdit(LocalDate.of(2025, 5, 2), CalendarEdit.Kind.DAY_OFF, null));
            calendar.replaceYear(2025, List.of(EXTRA_TET_DAY, SATURDAY_WORKED));
            assertEquals(List.of(EXTRA_TET_DAY, SATURDAY_WORKED), calendar.edits(2025));
            assertEquals(List.of(other), calendar.edits(2026));
            assertThrows(IllegalArgumentException.class, () -> calendar.replaceYear(2024, List.of(EXTRA_TET_DAY)));
            assertEquals(List.of(EXTRA_TET_DAY, SATURDAY_WORKED), calendar.edits(2025), "a refused year changes nothing");
        }
    }
}
