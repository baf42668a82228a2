package vn.plandesk.logic.timeline;

import vn.plandesk.model.TaskStatus;

/**
 * The colours of the chart. {@link #SCREEN} tells states apart by colour; {@link #PAPER} by black,
 * greys and hatching only, so a black-and-white office printer keeps every state readable.
 */
public record Palette(int background, int text, int mutedText, int headerBackground, int grid, int rowLine,
                      int phaseRow, int weekend, int holiday, int phaseBar, int today, double todayWidth,
                      boolean todayDashed, int border, boolean paper) {

    /** How a task of one state is drawn: fill, outline, and a hatch over the fill. */
    public record Ink(int fill, int outline, Hatch hatch, int hatchColour) {
    }

    public enum Hatch { NONE, DIAGONAL, CROSS }

    public static final Palette SCREEN = new Palette(0xFFFFFF, 0x202124, 0x5F6368, 0xF1F3F4, 0xE0E0E0, 0xEEEEEE,
            0xF5F7FA, 0xF2F2F2, 0xFDE7E7, 0x37474F, 0xD93025, 2, false, 0xBDBDBD, false);

    public static final Palette PAPER = new Palette(0xFFFFFF, 0x000000, 0x404040, 0xFFFFFF, 0xBFBFBF, 0xD9D9D9,
            0xF2F2F2, 0xEDEDED, 0xD6D6D6, 0x000000, 0x000000, 1, true, 0x000000, true);

    public Ink ink(TaskStatus status) {
        TaskStatus state = status == null ? TaskStatus.NO_DATED_DEADLINE : status;
        if (paper) {
            return switch (state) {
                case DONE_ON_TIME, DONE_LATE -> new Ink(0xA6A6A6, 0x000000, Hatch.NONE, 0);
                case NOT_DONE_WITHIN_DEADLINE -> new Ink(0xFFFFFF, 0x000000, Hatch.NONE, 0);
                case DUE_SOON -> new Ink(0xFFFFFF, 0x000000, Hatch.DIAGONAL, 0x000000);
                case NOT_DONE_OVERDUE -> new Ink(0x595959, 0x000000, Hatch.CROSS, 0x000000);
                case NO_DATED_DEADLINE -> new Ink(0xE6E6E6, 0x7F7F7F, Hatch.DIAGONAL, 0xA6A6A6);
            };
        }
        return switch (state) {
            case DONE_ON_TIME -> new Ink(0x34A853, 0x1E7E34, Hatch.NONE, 0);
            case DONE_LATE -> new Ink(0x8BC34A, 0x558B2F, Hatch.NONE, 0);
            case NOT_DONE_WITHIN_DEADLINE -> new Ink(0x4285F4, 0x1A5DC9, Hatch.NONE, 0);
            case DUE_SOON -> new Ink(0xFB8C00, 0xC66A00, Hatch.NONE, 0);
            case NOT_DONE_OVERDUE -> new Ink(0xE53935, 0xA52714, Hatch.NONE, 0);
            case NO_DATED_DEADLINE -> new Ink(0xCFD8DC, 0x90A4AE, Hatch.DIAGONAL, 0xB0BEC5);
        };
    }
}
