package vn.plandesk.logic.importer.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;

/** The lead an outline item gives the tasks under it: its labels, the body its heading names, the body it gives work to. */
final class ItemLeads {

    private ItemLeads() {
    }

    private static final Pattern OWNER_HEADING = Pattern.compile("(?:nhiem vu|trach nhiem|phan cong)(?: chung| cu the| chinh)? (?:cua|doi voi|cho) ");

    /**
     * The lead of the items under a heading: its labels, the body it names ("1. Sở Y tế:"), or the
     * body it gives work to ("1. Giao Sở Tài chính là cơ quan đầu mối, thực hiện các nhiệm vụ sau:").
     */
    static List<String> listLead(Node item) {
        List<String> lead = labelLead(item);
        if (lead.isEmpty()) {
            lead = ownerOf(item.text());
        }
        if (lead.isEmpty() && item.text().endsWith(":")) {
            lead = UnitNames.of(item.text()).lead();
        }
        return lead;
    }

    /** The lead a label line gives an item ("Đơn vị chủ trì: Sở Tư pháp"), or none. */
    static List<String> labelLead(Node node) {
        return node.labels == null || node.labels.lead() == null ? List.of() : UnitNames.cell(node.labels.lead());
    }

    /** The lead a heading names: "Nhiệm vụ chung của Tổ chuyên viên", "Sở Y tế:", "Giao Sở Y tế thực hiện:". */
    static List<String> ownerOf(String heading) {
        String key = VietnameseText.searchKey(heading);
        Matcher m = OWNER_HEADING.matcher(key);
        if (m.find() && m.start() < 10) {
            return UnitNames.subject(heading.substring(ItemText.originalOffset(heading, m.end())));
        }
        return UnitNames.heading(heading);
    }
}
