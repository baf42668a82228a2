package vn.plandesk.logic.importer;

import java.util.List;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/**
 * A body of the directory of Vietnamese public bodies ({@link PublicBodies}): its name as usually
 * written in full, the other ways documents write it (short forms, abbreviations), its kind, and for
 * a body renamed or merged ("Sở Kế hoạch và Đầu tư" since 2025) the name of the body it became
 * ({@code nowCalled}) with a note saying when and how; both null for a body in place today.
 */
public record PublicBody(String name, List<String> otherNames, UnitKind kind, String nowCalled, String note) {

    public PublicBody {
        otherNames = List.copyOf(otherNames);
    }

    /** Renamed, merged into another body or ended: {@link #nowCalled()} says what took its place. */
    public boolean isFormer() {
        return nowCalled != null;
    }

    /** The first other name ("Sở KH&ĐT"), shown beside the full one; null when there is none. */
    public String shortName() {
        return otherNames.isEmpty() ? null : otherNames.get(0);
    }

    /** The body as a unit not yet in the office's directory. */
    public Unit asUnit() {
        return new Unit(null, name, shortName(), kind, null, true);
    }
}
