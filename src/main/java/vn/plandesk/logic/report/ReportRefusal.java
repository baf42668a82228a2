package vn.plandesk.logic.report;

import vn.plandesk.logic.i18n.Messages;

/** A report or letter that cannot be made as asked; the message is one sentence for the user. */
public final class ReportRefusal extends Exception {

    ReportRefusal(String key, Object... args) {
        super(Messages.get(key, args));
    }
}
