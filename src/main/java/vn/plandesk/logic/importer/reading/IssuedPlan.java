package vn.plandesk.logic.importer.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.DocumentType;

/**
 * A plan issued by a decision or resolution ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch
 * ..."): the articles come first, then the decision's recipients and signature, then the plan under
 * its own "KẾ HOẠCH" heading. The plan is what is imported; the articles' duties are not its tasks.
 *
 * @param type           the issued document's type (a plan, a programme, a scheme)
 * @param heading        index of the line holding the plan's type heading
 * @param signatureStart index of the decision's "Nơi nhận" or signature above the plan, or -1
 */
record IssuedPlan(DocumentType type, int heading, int signatureStart) {

    private static final Pattern ISSUES = Pattern.compile(
            "kem theo (?:quyet dinh|nghi quyet|chi thi) nay(?: la)? (ke hoach|chuong trinh|de an|phuong an)\\b");

    /** The plan the articles from {@code from} on issue, or null when they issue none or it is not attached. */
    static IssuedPlan find(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Matcher m = ISSUES.matcher(VietnameseText.searchKey(lines.get(i).text()));
            if (m.find()) {
                DocumentType type = typeNamed(m.group(1));
                int heading = heading(lines, i + 1, type);
                if (heading < 0) {
                    return null;
                }
                int tail = SignatureReader.tailStart(lines.subList(0, heading), i + 1);
                return new IssuedPlan(type, heading, tail < heading ? tail : -1);
            }
        }
        return null;
    }

    private static DocumentType typeNamed(String key) {
        for (DocumentType t : DocumentType.values()) {
            if (VietnameseText.searchKey(t.title()).equals(key)) {
                return t;
            }
        }
        return DocumentType.KE_HOACH;
    }

    /** The first heading of that type in capitals after the articles ("KẾ HOẠCH"), or -1. */
    private static int heading(List<Line> lines, int from, DocumentType type) {
        for (int i = from; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (HeaderReader.typeHeading(text) == type && Headings.isUpperCase(text.substring(0, Math.min(text.length(), type.title().length())))) {
                return i;
            }
        }
        return -1;
    }
}
