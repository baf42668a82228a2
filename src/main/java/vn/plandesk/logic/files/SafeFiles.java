package vn.plandesk.logic.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;

/**
 * Writes a file the safe way: to a temporary name in the same folder, flushed to disk, then moved
 * over the target in one step. A failure (a locked file, a read-only folder, a full disk) leaves
 * any existing file at the target exactly as it was, leaves no temporary file behind, and says why
 * in one sentence of the user's language. A read-only file at the target is refused unless the
 * caller says the user agreed to replace it; a target that is not a regular file (a device, a file
 * of /proc) is refused.
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
        write(target, content, false);
    }

    /**
     * Writes {@code target}; with {@code replaceReadOnly} a read-only file there is replaced (the
     * user confirmed it in the window), otherwise it is refused.
     */
    public static void write(Path target, Content content, boolean replaceReadOnly) throws FileWriteException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileWriteException("file.folderMissing", folder);
        }
        if (Files.isDirectory(file)) {
            throw new FileWriteException("file.isFolder", file);
        }
        if (Files.exists(file) && !Files.isRegularFile(file) || isProcOrSys(file)) {
            throw new FileWriteException("file.notAFile", file);
        }
        if (!replaceReadOnly && isReadOnly(file)) {
            throw new FileWriteException("file.readOnly", file);
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
            keepMode(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw diskFull(folder) ? new FileWriteException(e, "file.diskFull", file) : explain(file, e);
        } catch (RuntimeException e) {
            if (isCancellation(e)) {
                throw e;
            }
            // A writer (POI, ImageIO, PDFBox) that wraps a disk failure in its own exception, often
            // without the cause ("Fail to save: an error occurs while saving the package").
            if (diskFull(folder)) {
                throw new FileWriteException(e, "file.diskFull", file);
            }
            IOException io = ioCause(e);
            if (io == null) {
                throw e;
            }
            throw explain(file, io);
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

    /** Less than 1 MB left where the file was being written: the write failed for want of space. */
    private static boolean diskFull(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A file that exists and that the user may not write (a read-only attribute or mode). */
    public static boolean isReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // root may write anything: the owner's write bit says what the user meant
                return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                        || !Files.isWritable(file);
            }
            Object readOnly = Files.getAttribute(file, "dos:readonly");
            return Boolean.TRUE.equals(readOnly) || !Files.isWritable(file);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return !Files.isWritable(file);
        }
    }

    private static boolean isProcOrSys(Path file) {
        String text = file.normalize().toString();
        return text.startsWith("/proc/") || text.startsWith("/sys/") || text.startsWith("/dev/");
    }

    /** A file replaced keeps its permissions; a new one has the temporary file's (the user's alone). */
    private static void keepMode(Path file, Path temp) {
        try {
            if (Files.isRegularFile(file) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the new file keeps the temporary file's permissions
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException u) {
                return u.getCause();
            }
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static boolean isCancellation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /** The one sentence for a failed write, judged by the whole chain of causes. */
    static FileWriteException explain(Path file, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("No space left") || text.contains("not enough space") || text.contains("Disk quota")) {
                return new FileWriteException(e, "file.diskFull", file);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || String.valueOf(t.getMessage()).contains("Read-only file system")
                    || String.valueOf(t.getMessage()).contains("Permission denied")) {
                // On Windows a file another program holds open also answers "access denied".
                return new FileWriteException(e, "file.noPermission", file);
            }
            if (t instanceof FileSystemException fse && fse.getReason() != null && fse.getReason().contains("used by another process")) {
                return new FileWriteException(e, "file.locked", file);
            }
        }
        if (e instanceof NoSuchFileException) {
            return Files.isDirectory(file.getParent())
                    ? new FileWriteException(e, "file.notAFile", file)
                    : new FileWriteException(e, "file.folderMissing", file.getParent());
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new FileWriteException(e, "file.writeFailed", file, reason);
    }
}
