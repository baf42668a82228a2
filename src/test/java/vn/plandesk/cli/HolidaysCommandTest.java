package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.calendar.DayKind;
import vn.plandesk.logic.calendar.Holiday;
import vn.plandesk.logic.calendar.WorkCalendar;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.cli.CommandLineRun.Result;

/** {@code plandesk holidays}: the office lists a year's days off and records the days the Government announces. */
class HolidaysCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private Result plandesk(String... args) {
        return CommandLineRun.onStore(dir.resolve("db"), args);
    }

    private List<String> rowsOf(Result result) {
        return result.out().lines().filter(l -> l.matches("[ *] \\d\\d/\\d\\d/\\d{4} .*")).toList();
    }

    private static String rowFor(List<String> rows, String date) {
        return rows.stream().filter(r -> r.contains(date)).findFirst().orElse(null);
    }

    private WorkCalendar storedCalendar() throws Exception {
        try (Store store = Store.open(dir.resolve("db"))) {
            return store.calendar().calendar();
        }
    }

    private List<CalendarEdit> storedEdits() throws Exception {
        try (Store store = Store.open(dir.resolve("db"))) {
            return store.calendar().edits();
        }
    }

    @Test
    void listingOf2026ShowsTetAroundLunarNewYearAndHungKingsDay() {
        Result listed = plandesk("holidays", "2026");

        assertEquals(0, listed.exitCode(), listed.err());
        List<String> rows = rowsOf(listed);
        // Lunar 1/1 is 17/02/2026: Tết is the day before and the first four days of the new year.
        for (String tet : List.of("16/02/2026", "17/02/2026", "18/02/2026", "19/02/2026", "20/02/2026")) {
            String row = rowFor(rows, tet);
            assertTrue(row != null && row.contains("Tết Nguyên đán"), tet + " in\n" + listed.out());
        }
        assertTrue(rowFor(rows, "17/02/2026").contains("Thứ Ba"), listed.out());
        assertTrue(rowFor(rows, "15/02/2026") == null, "the Sunday before Tết is a weekend, not a holiday:\n" + listed.out());
        assertTrue(rowFor(rows, "26/04/2026").contains("Giỗ Tổ Hùng Vương"), listed.out());
        assertTrue(rowFor(rows, "26/04/2026").contains("Chủ nhật"), listed.out());
        // Giỗ Tổ falls on a Sunday in 2026: the Monday after is given as nghỉ bù.
        assertTrue(rowFor(rows, "27/04/2026").contains("Nghỉ bù"), listed.out());
        assertTrue(rowFor(rows, "01/01/2026").contains("Tết Dương lịch"), listed.out());
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("*")), "no office changes yet:\n" + listed.out());
        assertTrue(rows.stream().noneMatch(r -> r.contains("2025") || r.contains("2027")), listed.out());
    }

    @Test
    void aWorkingDayAndADayOffAreListedAndStored() throws Exception {
        // The Government's 2026 announcement style: Saturday 07/02 worked, Friday 13/02 off to lengthen Tết.
        Result worked = plandesk("holidays", "add", "07/02/2026", "--kind", "working-day", "--name", "Làm bù cho ngày 13/02");
        assertEquals(0, worked.exitCode(), worked.err());
        Result off = plandesk("holidays", "add", "13/02/2026", "--kind", "day-off", "--name", "Nghỉ Tết theo Thông báo 6150");
        assertEquals(0, off.exitCode(), off.err());
        assertTrue(off.out().contains("13/02/2026"), off.out());

        List<String> rows = rowsOf(plandesk("holidays", "2026"));
        assertTrue(rowFor(rows, "07/02/2026").startsWith("*") && rowFor(rows, "07/02/2026").contains("Làm bù cho ngày 13/02"),
                String.join("\n", rows));
        assertTrue(rowFor(rows, "07/02/2026").contains("Thứ Bảy"), String.join("\n", rows));
        assertTrue(rowFor(rows, "13/02/2026").startsWith("*") && rowFor(rows, "13/02/2026").contains("Nghỉ Tết theo Thông báo 6150"),
                String.join("\n", rows));
        assertTrue(rowFor(rows, "17/02/2026").startsWith(" "), "Tết by the rules is not an office change");

        WorkCalendar calendar = storedCalendar();
        assertEquals(DayKind.SWAPPED_WORKING_DAY, calendar.kindOf(LocalDate.of(2026, 2, 7)));
        assertEquals(Holiday.OFFICE_DAY_OFF, calendar.holidayOn(LocalDate.of(2026, 2, 13)).orElseThrow());
        assertEquals(2, storedEdits().size());
    }

    @Test
    void aDefaultHolidayCanBeWorkedAndTheChangeTakenBack() throws Exception {
        // 02/09/2026 is a Wednesday: the default joins 01/09; this year the Government chose 03/09 instead.
        assertEquals(0, plandesk("holidays", "add", "01/09/2026", "--kind", "not-a-holiday").exitCode());
        assertEquals(0, plandesk("holidays", "add", "03/09/2026", "--kind", "day-off", "--name", "Quốc khánh").exitCode());
        WorkCalendar edited = storedCalendar();
        assertFalse(edited.isDayOff(LocalDate.of(2026, 9, 1)));
        assertTrue(edited.isDayOff(LocalDate.of(2026, 9, 3)));
        assertTrue(rowFor(rowsOf(plandesk("holidays", "2026")), "01/09/2026").contains("Không nghỉ lễ"));

        Result removed = plandesk("holidays", "remove", "01/09/2026");

        assertEquals(0, removed.exitCode(), removed.err());
        WorkCalendar after = storedCalendar();
        assertEquals(Holiday.NATIONAL_DAY, after.holidayOn(LocalDate.of(2026, 9, 1)).orElseThrow());
        assertTrue(after.isDayOff(LocalDate.of(2026, 9, 3)), "the other change stays");
        String row = rowFor(rowsOf(plandesk("holidays", "2026")), "01/09/2026");
        assertTrue(row.startsWith(" ") && row.contains("Quốc khánh"), row);
    }

    @Test
    void removingADayWithoutAChangeIsRefused() throws Exception {
        Result removed = plandesk("holidays", "remove", "17/02/2026");

        assertEquals(PlanDeskCommand.FAILED, removed.exitCode());
        assertEquals("Lỗi: Ngày 17/02/2026 không có thay đổi nào của văn phòng để bỏ.", removed.err().strip());
        assertTrue(storedCalendar().isDayOff(LocalDate.of(2026, 2, 17)));
    }

    @Test
    void aBadDateIsOneVietnameseLineAndChangesNothing() throws Exception {
        Result added = plandesk("holidays", "add", "30/02/2026", "--kind", "day-off");

        assertEquals(PlanDeskCommand.FAILED, added.exitCode());
        assertEquals(1, added.err().strip().lines().count(), added.err());
        assertTrue(added.err().contains("Ngày \"30/02/2026\" không đúng") && added.err().contains("dd/MM/yyyy"), added.err());
        assertTrue(storedEdits().isEmpty());

        Result removed = plandesk("holidays", "remove", "2026-02-17");
        assertEquals(PlanDeskCommand.FAILED, removed.exitCode());
        assertTrue(removed.err().contains("2026-02-17"), removed.err());
    }

    @Test
    void anEditThatChangesNothingOrAnUnknownKindIsRefused() throws Exception {
        Result weekday = plandesk("holidays", "add", "10/03/2026", "--kind", "working-day");
        assertEquals(PlanDeskCommand.FAILED, weekday.exitCode());
        assertTrue(weekday.err().contains("10/03/2026 (Thứ Ba) vốn đã là ngày làm việc"), weekday.err());

        Result unknown = plandesk("holidays", "add", "10/03/2026", "--kind", "holiday");
        assertEquals(PlanDeskCommand.FAILED, unknown.exitCode());
        assertTrue(unknown.err().contains("\"holiday\""), unknown.err());

        Result badYear = plandesk("holidays", "1800");
        assertEquals(PlanDeskCommand.FAILED, badYear.exitCode());
        assertTrue(badYear.err().contains("1900") && badYear.err().contains("2199"), badYear.err());
        assertTrue(storedEdits().isEmpty());
    }

    @Test
    void englishListingNamesTheHolidaysInEnglish() {
        Result listed = plandesk("--lang", "en", "holidays", "2030");

        assertEquals(0, listed.exitCode(), listed.err());
        // Tết 2030 is 02/02 in Vietnam (03/02 by the Chinese calendar).
        String row = rowFor(rowsOf(listed), "02/02/2030");
        assertTrue(row != null && row.contains("Lunar New Year") && row.contains("Saturday"), listed.out());
        assertTrue(rowFor(rowsOf(listed), "12/04/2030").contains("Hung Kings"), listed.out());
    }

    @Test
    void theExportedTimelineShadesTheOfficesDayOff() throws Exception {
        long id;
        try (Store store = Store.open(dir.resolve("db"))) {
            id = SamplePlans.addTo(store.plans()).get(0);
        }
        String[] export = {"export", String.valueOf(id), "--format", "png", "--from", "04/03/2019", "--to", "15/03/2019",
            "--scale", "day", "-o"};
        Result before = plandesk(concat(export, dir.resolve("before.png").toString()));
        assertEquals(0, before.exitCode(), before.err());
        // Wednesday 06/03/2019 is a plain working day until the office makes it a day off.
        assertEquals(0, plandesk("holidays", "add", "06/03/2019", "--kind", "day-off").exitCode());
        Result after = plandesk(concat(export, dir.resolve("after.png").toString()));
        assertEquals(0, after.exitCode(), after.err());

        BufferedImage plain = ImageIO.read(dir.resolve("before.png").toFile());
        BufferedImage shaded = ImageIO.read(dir.resolve("after.png").toFile());
        assertEquals(plain.getWidth(), shaded.getWidth());
        assertTrue(differingPixels(plain, shaded) > 1_000, "the day off is shaded on the chart");
    }

    private static String[] concat(String[] head, String last) {
        String[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
