package vn.plandesk.model;

/** A free text section of a plan: Mục đích, Yêu cầu, Kinh phí, Tổ chức thực hiện ... */
public record TextSection(String heading, String body) {

    public TextSection {
        heading = Text.clean(heading);
        body = body == null ? "" : Text.nfc(body).strip();
    }
}
