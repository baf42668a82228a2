package vn.plandesk.logic.files;

import vn.plandesk.logic.i18n.Messages;

/** A file that could not be written; the message is a sentence in the user's language. */
public class FileWriteException extends Exception {

    public FileWriteException(String messageKey, Object... args) {
        super(Messages.get(messageKey, args));
    }

    public FileWriteException(Throwable cause, String messageKey, Object... args) {
        super(Messages.get(messageKey, args), cause);
    }
}
