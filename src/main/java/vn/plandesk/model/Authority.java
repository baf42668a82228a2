package vn.plandesk.model;

/** The authority prefix of a signature block (Decree 30/2020/NĐ-CP). */
public enum Authority {
    /** Thay mặt: on behalf of a collective body. */
    TM("TM."),
    /** Ký thay: signing for the head. */
    KT("KT."),
    /** Thừa lệnh. */
    TL("TL."),
    /** Thừa ủy quyền. */
    TUQ("TUQ."),
    /** Quyền: acting. */
    Q("Q.");

    private final String prefix;

    Authority(String prefix) {
        this.prefix = prefix;
    }

    /** As written in the document: "KT.". */
    public String prefix() {
        return prefix;
    }

    /** Reads "KT.", "kt", "TUQ." ...; null for a blank or unknown prefix. */
    public static Authority fromPrefix(String text) {
        if (text == null) {
            return null;
        }
        String key = text.strip().toUpperCase(java.util.Locale.ROOT).replace(".", "");
        for (Authority a : values()) {
            if (a.name().equals(key)) {
                return a;
            }
        }
        return null;
    }
}
