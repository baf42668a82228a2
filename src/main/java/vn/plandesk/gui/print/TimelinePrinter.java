package vn.plandesk.gui.print;

import java.util.function.IntConsumer;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.transform.Scale;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.timeline.PageSetup;
import vn.plandesk.logic.timeline.PagedTimeline;

/**
 * Sends a paged timeline to a system printer through JavaFX's PrinterJob, one page at a time: each
 * page is painted as shapes by the shared layout, printed, and dropped, so memory stays flat however
 * many pages. May run off the JavaFX thread (the pages are never shown).
 */
public final class TimelinePrinter {

    /** The printer refused the job or a page; the message is a sentence for the user. */
    public static final class PrintFailure extends Exception {
        PrintFailure(String message) {
            super(message);
        }
    }

    private TimelinePrinter() {
    }

    /** Prints every page, telling {@code progress} the number of each page before it goes. */
    public static void print(Printer printer, PagedTimeline pages, String jobName, IntConsumer progress) throws PrintFailure {
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new PrintFailure(Messages.get("print.failed", printer.getName(), "PrinterJob"));
        }
        job.getJobSettings().setJobName(jobName);
        PageLayout layout = pageLayout(printer, pages.setup());
        job.getJobSettings().setPageLayout(layout);
        PageSetup setup = pages.setup();
        double width = setup.pageWidth() - 2 * setup.margin();
        double height = setup.pageHeight() - 2 * setup.margin();
        // A printer whose hardware margins are wider than ours gets the page shrunk, never clipped.
        double shrink = Math.min(1, Math.min(layout.getPrintableWidth() / width, layout.getPrintableHeight() / height));
        for (int i = 0; i < pages.pageCount(); i++) {
            progress.accept(i + 1);
            FxNodeCanvas canvas = new FxNodeCanvas();
            pages.paintPage(canvas, i, 0, 0);
            Group page = canvas.root();
            if (shrink < 1) {
                page.getTransforms().add(new Scale(shrink, shrink));
            }
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                throw new PrintFailure(Messages.get("print.failed", printer.getName(), String.valueOf(job.getJobStatus())));
            }
        }
        if (!job.endJob()) {
            throw new PrintFailure(Messages.get("print.failed", printer.getName(), String.valueOf(job.getJobStatus())));
        }
    }

    private static PageLayout pageLayout(Printer printer, PageSetup setup) {
        Paper paper = setup.paper() == vn.plandesk.logic.timeline.Paper.A3 ? Paper.A3 : Paper.A4;
        PageOrientation orientation = setup.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        double margin = setup.margin();
        try {
            return printer.createPageLayout(paper, orientation, margin, margin, margin, margin);
        } catch (IllegalArgumentException marginsBelowHardware) {
            return printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
        }
    }
}
