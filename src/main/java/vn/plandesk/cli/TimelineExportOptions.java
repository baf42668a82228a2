package vn.plandesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.Paper;
import vn.plandesk.logic.timeline.Zoom;

/**
 * The page options of {@code export --format pdf|png}: paper, orientation, pages wide and tall, the
 * period and the time scale. Without {@code --pages-wide} or {@code --scale} the chart fits one page wide.
 */
final class TimelineExportOptions {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Option(names = "--paper", paramLabel = "A4|A3", descriptionKey = "export.paper")
    Paper paper = Paper.A4;

    @Option(names = "--landscape", descriptionKey = "export.landscape")
    boolean landscape;

    @Option(names = "--pages-wide", paramLabel = "N", descriptionKey = "export.pagesWide")
    Integer pagesWide;

    @Option(names = "--pages-tall", paramLabel = "M", descriptionKey = "export.pagesTall")
    Integer pagesTall;

    @Option(names = "--from", paramLabel = "dd/MM/yyyy", descriptionKey = "export.from", converter = DateConverter.class)
    LocalDate from;

    @Option(names = "--to", paramLabel = "dd/MM/yyyy", descriptionKey = "export.to", converter = DateConverter.class)
    LocalDate to;

    @Option(names = "--scale", paramLabel = "day|week|month|quarter|year", descriptionKey = "export.scale",
            converter = ZoomConverter.class)
    Zoom zoom;

    /** Reads dd/MM/yyyy and says which date was wrong in the user's language. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip(), DATE);
            } catch (DateTimeParseException e) {
                throw new UsageErrors.BadValue(Messages.get("cli.badDate", value));
            }
        }
    }

    static final class ZoomConverter implements CommandLine.ITypeConverter<Zoom> {
        @Override
        public Zoom convert(String value) {
            try {
                return Zoom.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageErrors.BadValue(Messages.get("cli.badScale", value));
            }
        }
    }

    /** Checks the options before the store is opened. */
    void check() throws StoreCommand.Refusal {
        if (bad(pagesWide) || bad(pagesTall)) {
            throw new StoreCommand.Refusal(Messages.get("cli.badPages", PageSetup.MAX_PAGES));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new StoreCommand.Refusal(Messages.get("cli.badRange", DATE.format(from), DATE.format(to)));
        }
    }

    private static boolean bad(Integer pages) {
        return pages != null && (pages < 1 || pages > PageSetup.MAX_PAGES);
    }

    PageSetup setup() {
        int wide = pagesWide != null ? pagesWide : zoom == null ? 1 : 0;
        return new PageSetup(paper, landscape, 10, from, to, zoom == null ? Zoom.WEEK : zoom, 100, wide,
                pagesTall == null ? 0 : pagesTall);
    }
}
