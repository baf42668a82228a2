package vn.plandesk.logic.export;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import vn.plandesk.logic.export.docx.PlanDocxWriter;
import vn.plandesk.logic.export.docx.ProgressReportDocxWriter;
import vn.plandesk.logic.export.docx.UnitReportDocxWriter;
import vn.plandesk.logic.export.docx.UrgingLetterDocxWriter;
import vn.plandesk.logic.export.ical.IcsWriter;
import vn.plandesk.logic.export.mspdi.MspdiWriter;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.export.xlsx.PlanXlsxWriter;
import vn.plandesk.logic.export.xlsx.ProgressReportXlsxWriter;
import vn.plandesk.logic.export.xlsx.UnitReportXlsxWriter;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.logic.files.PrivateTemp;
import vn.plandesk.logic.files.SafeFiles;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.UrgingLetters;
import vn.plandesk.logic.timeline.PagedTimeline;
import vn.plandesk.logic.timeline.TimelineFiles;
import vn.plandesk.model.Plan;

/**
 * The one place exports are made, for the window and the command line alike. A file is written
 * through {@link SafeFiles}: to a temporary name in the target's folder, then moved into place, so a
 * locked file, a read-only folder, a full disk or a Stop gives a clear message and leaves an existing
 * file intact. Safe to call from a background thread; {@code progress} is told from that thread.
 */
public final class ExportService {

    /** Writes the subject to one stream, telling how many tasks are written. */
    @FunctionalInterface
    private interface StreamWriter {
        void write(OutputStream out, ExportProgress progress) throws IOException;
    }

    /** One format of one subject, written to a destination. */
    @FunctionalInterface
    private interface FormatWriter {
        ExportResult write(ExportDestination destination, ExportProgress progress, Stop stop) throws FileWriteException;
    }

    /**
     * Writes the request's subject in its format. {@code progress} (may be null) hears of every task
     * written to Word and Excel; once {@code cancelled} (may be null) answers true the export stops
     * with a {@link CancellationException} and nothing is left of it.
     */
    public ExportResult export(ExportRequest request, ExportProgress progress, BooleanSupplier cancelled)
            throws FileWriteException {
        // POI's temporary files (the sheets SXSSF streams) in the user's own folder; made here, on the way
        // every export goes, so that a start or a command that exports nothing neither waits for nor makes it
        PrivateTemp.install();
        Stop stop = new Stop(cancelled == null ? () -> false : cancelled);
        ExportProgress told = stop.checked(progress == null ? ExportProgress.NONE : progress);
        stop.check();
        try {
            return writer(request.subject(), request.format(), request.options()).write(request.destination(), told, stop);
        } catch (FileWriteException e) {
            // a writer may wrap the stop in its own exception (Jackson does); the stop is what happened
            stop.check();
            throw e;
        }
    }

    private static FormatWriter writer(ExportSubject subject, ExportFormat format, ExportOptions options) {
        if (subject instanceof ExportSubject.OfUnit unit) {
            return unitWriter(unit.report(), format);
        }
        if (subject instanceof ExportSubject.OfReport report) {
            return reportWriter(report.report(), format);
        }
        if (subject instanceof ExportSubject.OfLetters letters) {
            return lettersWriter(letters.letters(), format);
        }
        return planWriter(((ExportSubject.OfPlan) subject).plan(), format, options);
    }

    private static FormatWriter planWriter(Plan plan, ExportFormat format, ExportOptions options) {
        return switch (format) {
            case DOCX -> stream((out, progress) -> new PlanDocxWriter().write(plan, options.docx(), out, progress));
            case XLSX -> stream((out, progress) -> new PlanXlsxWriter().write(plan, options.today(), out, progress));
            case PDF -> (destination, progress, stop) -> {
                PagedTimeline pages = timeline(plan, options, stop);
                List<Path> files = stream((out, told) -> TimelineFiles.writePdf(pages, plan.subject(), out))
                        .write(destination, progress, stop).files();
                return new ExportResult(files, pages.pageCount());
            };
            case PNG -> (destination, progress, stop) -> {
                PagedTimeline pages = timeline(plan, options, stop);
                return new ExportResult(TimelineFiles.writePng(pages, file(destination, format)), pages.pageCount());
            };
            case JSON -> stream((out, progress) -> new PlanJson().write(plan, out));
            case MSPDI -> stream((out, progress) -> new MspdiWriter().write(plan, out));
            case ICS -> stream((out, progress) -> new IcsWriter().writePlan(plan, out));
        };
    }

    private static FormatWriter unitWriter(UnitReport report, ExportFormat format) {
        return switch (format) {
            case DOCX -> stream((out, progress) -> new UnitReportDocxWriter().write(report, out, progress));
            case XLSX -> stream((out, progress) -> new UnitReportXlsxWriter().write(report, out, progress));
            case ICS -> stream((out, progress) -> new IcsWriter().writeUnit(report, out));
            // ExportRequest refuses a format the subject does not offer
            default -> throw new IllegalArgumentException("a unit report is not written as " + format);
        };
    }

    private static FormatWriter reportWriter(ProgressReport report, ExportFormat format) {
        if (format == ExportFormat.XLSX) {
            return stream((out, progress) -> new ProgressReportXlsxWriter().write(report, out));
        }
        return stream((out, progress) -> new ProgressReportDocxWriter().write(report, out, progress));
    }

    /**
     * One letter per unit into the folder, progress counted in letters. Every letter is made before
     * any is written, so a Stop or a letter that cannot be made leaves the folder as it was.
     */
    private static FormatWriter lettersWriter(UrgingLetters letters, ExportFormat format) {
        return (destination, progress, stop) -> {
            Path folder = ((ExportDestination.ToFolder) destination).folder();
            List<String> names = letters.fileNames(format.extension());
            List<byte[]> made = new ArrayList<>();
            for (UrgingLetters.Letter letter : letters.letters()) {
                stop.check();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    new UrgingLetterDocxWriter().write(letters, letter, out);
                } catch (IOException e) {
                    throw new FileWriteException(e, "export.streamFailed", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
                made.add(out.toByteArray());
                progress.update(made.size(), names.size());
            }
            makeFolder(folder);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                byte[] content = made.get(i);
                Path file = folder.resolve(names.get(i));
                SafeFiles.write(file, out -> out.write(content));
                files.add(file);
            }
            return new ExportResult(files, 0);
        };
    }

    private static void makeFolder(Path folder) throws FileWriteException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileWriteException("export.notFolder", folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FileWriteException(e, "export.folderFailed", folder);
        }
    }

    /** The plan's timeline laid out on pages: the one layout the screen and the printer use too. */
    private static PagedTimeline timeline(Plan plan, ExportOptions options, Stop stop) {
        PagedTimeline pages = PagedTimeline.of(plan, options.pages(), options.calendar(), options.today(), options.today());
        stop.check();
        return pages;
    }

    /** A format written as one stream: to a file by way of a temporary file, or to the caller's stream. */
    private static FormatWriter stream(StreamWriter writer) {
        return (destination, progress, stop) -> {
            if (destination instanceof ExportDestination.ToFile file) {
                SafeFiles.write(file.path(), out -> writer.write(stop.guarded(out), progress));
                return new ExportResult(List.of(file.path()), 0);
            }
            if (!(destination instanceof ExportDestination.ToStream stream)) {
                throw new IllegalArgumentException("one file is not written to a folder: " + destination);
            }
            OutputStream out = stream.out();
            try {
                writer.write(stop.guarded(out), progress);
                out.flush();
            } catch (IOException e) {
                throw new FileWriteException(e, "export.streamFailed", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            return new ExportResult(List.of(), 0);
        };
    }

    private static Path file(ExportDestination destination, ExportFormat format) {
        if (destination instanceof ExportDestination.ToFile file) {
            return file.path();
        }
        throw new IllegalArgumentException(format + " is written as files, not to a stream");
    }

    /** The user's Stop, looked at before the work, at every progress report and at every write. */
    private record Stop(BooleanSupplier cancelled) {

        void check() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
        }

        ExportProgress checked(ExportProgress progress) {
            return (done, total) -> {
                check();
                progress.update(done, total);
            };
        }

        /** A stream that stops the writing once the user cancels; SafeFiles then removes its temporary file. */
        OutputStream guarded(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    check();
                    out.write(bytes, offset, length);
                }

                @Override
                public void write(int b) throws IOException {
                    check();
                    out.write(b);
                }
            };
        }
    }
}
