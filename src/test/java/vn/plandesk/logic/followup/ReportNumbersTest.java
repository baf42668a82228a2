package vn.plandesk.logic.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.i18n.Messages;

/** Shares and counts written the way a Vietnamese report writes them ("98,62%", "21.914"), and the English way. */
class ReportNumbersTest {

    @AfterEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void vietnameseUsesACommaBeforeDecimalsAndDotsBetweenThousands() {
        Messages.setLocale(Messages.VIETNAMESE);
        assertEquals("98,62%", ReportNumbers.percent(9862, 10000));
        assertEquals("98,62%", ReportNumbers.percent(16051, 16274), "cut, as in the Government Office report");
        assertEquals("99,99%", ReportNumbers.percent(99999, 100000), "short of all is never 100%");
        assertEquals("100,00%", ReportNumbers.percent(7, 7));
        assertEquals("0,00%", ReportNumbers.percent(0, 3));
        assertEquals("—", ReportNumbers.percent(0, 0), "no share when nothing has fallen due");
        assertEquals("21.914", ReportNumbers.count(21914));
        assertEquals("223", ReportNumbers.count(223));
    }

    @Test
    void englishTheOtherWayRound() {
        Messages.setLocale(Messages.ENGLISH);
        assertEquals("98.62%", ReportNumbers.percent(9862, 10000));
        assertEquals("21,914", ReportNumbers.count(21914));
    }

    @Test
    void theGovernmentOfficeFiguresOf2017() {
        StateCounts counts = new StateCounts(14068, 1983, 5640, 223, 0);
        assertEquals(21914, counts.total());
        assertEquals(16274, counts.fallenDue());
        assertEquals("86,44%", counts.shareDoneOnTimeText());
        assertEquals("98,62%", counts.shareDoneText(), "the report's own figure");
    }
}
