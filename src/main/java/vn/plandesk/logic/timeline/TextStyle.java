package vn.plandesk.logic.timeline;

/** The font of a piece of text: every painter maps it to a sans-serif font with all Vietnamese letters. */
public record TextStyle(double size, boolean bold, boolean italic) {

    public static TextStyle plain(double size) {
        return new TextStyle(size, false, false);
    }

    public static TextStyle bold(double size) {
        return new TextStyle(size, true, false);
    }

    public static TextStyle italic(double size) {
        return new TextStyle(size, false, true);
    }
}
