package vn.plandesk.logic.export;

import vn.plandesk.model.TaskStatus;

/** A task's follow-up state as an office report writes it (the document is Vietnamese whatever the window's language). */
public final class StatusWords {
    private StatusWords() {
    }

    public static String of(TaskStatus status) {
        return switch (status) {
            case DONE_ON_TIME -> "Hoàn thành đúng hạn";
            case DONE_LATE -> "Hoàn thành quá hạn";
            case NOT_DONE_WITHIN_DEADLINE -> "Đang thực hiện, trong hạn";
            case DUE_SOON -> "Sắp đến hạn";
            case NOT_DONE_OVERDUE -> "Quá hạn";
            case NO_DATED_DEADLINE -> "Không có hạn cụ thể";
        };
    }
}
