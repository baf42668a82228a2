package vn.plandesk.model;

/**
 * The signature block: authority prefix (null when the head signs), the position line(s) under it
 * ("PHÓ GIÁM ĐỐC"; a combined block puts the collective body first on its own line), and the name.
 */
public record Signer(Authority authority, String position, String name) {

    public Signer {
        position = Text.clean(position);
        name = Text.clean(name);
    }
}
