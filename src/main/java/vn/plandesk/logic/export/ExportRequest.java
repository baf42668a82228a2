package vn.plandesk.logic.export;

import java.util.Objects;

/** One export as the user asked for it: what, in which format, with which choices, and where to. */
public record ExportRequest(ExportSubject subject, ExportFormat format, ExportOptions options, ExportDestination destination) {

    public ExportRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(destination, "destination");
        if (!subject.formats().contains(format)) {
            throw new IllegalArgumentException(subject.getClass().getSimpleName() + " is not written as " + format);
        }
        if (subject.writesFolder() != destination instanceof ExportDestination.ToFolder) {
            throw new IllegalArgumentException(subject.getClass().getSimpleName() + " is not written to " + destination);
        }
    }
}
