package vn.plandesk.logic.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file the safe way: to a temporary name in the same folder, flushed to disk, then moved
 * over the target in one step. A failure (a locked file, a read-only folder, a full disk) leaves
 * any existing file at the target exactly as it was, and says why in the user's language.
 */
public final class SafeFiles {

    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    public static void write(Path target, Content content) throws FileWriteException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileWriteException("file.folderMissing", folder);
        }
        if (Files.isDirectory(file)) {
            throw new FileWriteException("file.isFolder", file);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw explain(file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is ours and harmless; the user's file is untouched
                }
            }
        }
    }

    private static FileWriteException explain(Path file, IOException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("No space left") || text.contains("not enough space") || text.contains("Disk quota")) {
            return new FileWriteException(e, "file.diskFull", file);
        }
        if (e instanceof AccessDeniedException) {
            // On Windows a file another program holds open also answers "access denied".
            return new FileWriteException(e, "file.noPermission", file);
        }
        if (e instanceof NoSuchFileException) {
            return new FileWriteException(e, "file.folderMissing", file.getParent());
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null && fse.getReason().contains("used by another process")) {
            return new FileWriteException(e, "file.locked", file);
        }
        return new FileWriteException(e, "file.writeFailed", file, text.lines().findFirst().orElse(""));
    }
}
