package vn.plandesk.logic.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the files (one, or one per PNG page; none for a stream) and, for a timeline,
 * how many pages it has (0 for the other formats).
 */
public record ExportResult(List<Path> files, int pages) {

    public ExportResult {
        files = List.copyOf(files);
    }
}
