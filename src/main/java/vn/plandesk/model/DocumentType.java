package vn.plandesk.model;

/**
 * Document types and their abbreviations (Decree 30/2020/NĐ-CP, Appendix III). Offices follow up
 * a notice of conclusions (TB), a programme or a scheme exactly like a plan.
 */
public enum DocumentType {
    KE_HOACH("KH", "Kế hoạch"),
    THONG_BAO("TB", "Thông báo"),
    CHUONG_TRINH("CTr", "Chương trình"),
    DE_AN("ĐA", "Đề án"),
    BAO_CAO("BC", "Báo cáo"),
    NGHI_QUYET("NQ", "Nghị quyết"),
    QUYET_DINH("QĐ", "Quyết định"),
    CHI_THI("CT", "Chỉ thị"),
    QUY_CHE("QC", "Quy chế"),
    QUY_DINH("QyĐ", "Quy định"),
    HUONG_DAN("HD", "Hướng dẫn"),
    PHUONG_AN("PA", "Phương án"),
    DU_AN("DA", "Dự án"),
    TO_TRINH("TTr", "Tờ trình"),
    CONG_VAN("", "Công văn");

    private final String abbreviation;
    private final String title;

    DocumentType(String abbreviation, String title) {
        this.abbreviation = abbreviation;
        this.title = title;
    }

    /** "KH", "ĐA", "CTr": mixed case and Đ, as the decree writes them. */
    public String abbreviation() {
        return abbreviation;
    }

    /** "Kế hoạch": the type's name; upper-cased it is the document's heading. */
    public String title() {
        return title;
    }

    /** The type for an abbreviation as written ("KH", "kh", "DA" is Dự án, "ĐA" Đề án); null if unknown. */
    public static DocumentType fromAbbreviation(String text) {
        if (text == null) {
            return null;
        }
        String s = Text.nfc(text.strip());
        for (DocumentType t : values()) {
            if (t.abbreviation.equals(s)) {
                return t;
            }
        }
        for (DocumentType t : values()) {
            if (!t.abbreviation.isEmpty() && t.abbreviation.equalsIgnoreCase(s)) {
                return t;
            }
        }
        return null;
    }
}
