package vn.plandesk.model;

/** What sort of body a unit in the directory is. */
public enum UnitKind {
    /** A state body: UBND tỉnh, Sở Tài chính, Công an tỉnh. */
    AGENCY,
    /** A division inside an agency: Phòng Kế hoạch Tài chính, Văn phòng Sở. */
    DEPARTMENT,
    /** A committee, board or working group: Ban chỉ đạo, Tổ giúp việc. */
    COMMITTEE,
    /** A named person or a person in a role: Phó Giám đốc sở Phùng Thị Thanh Nga. */
    PERSON,
    /** A catch-all group: "các cơ quan liên quan", "Các phòng, đơn vị". */
    GROUP,
    OTHER
}
