package vn.plandesk.logic.export;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where an export goes: a file (written to a temporary name and moved into place), an open stream,
 * or a folder for an export of several files.
 */
public sealed interface ExportDestination {

    static ExportDestination file(Path path) {
        return new ToFile(path);
    }

    /** A stream the caller owns, such as the console: it is flushed, not closed. */
    static ExportDestination stream(OutputStream out) {
        return new ToStream(out);
    }

    /** A folder, made when missing; each file in it is written as a file is. */
    static ExportDestination folder(Path path) {
        return new ToFolder(path);
    }

    /** A file; PNG pages, when there are several, go beside it as "name-1.png", "name-2.png" ... */
    record ToFile(Path path) implements ExportDestination {
    }

    record ToStream(OutputStream out) implements ExportDestination {
    }

    record ToFolder(Path folder) implements ExportDestination {
    }
}
