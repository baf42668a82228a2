package vn.plandesk.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number and symbol as written after "Số:", taken apart: "25/KH-KHCN" is number 25, type KH,
 * issuer code KHCN; "80/2021/NĐ-CP" also has a year; "468/UBND-NC" (an official letter) has no type.
 * A draft's number is blank: "   /KH-SKHĐT".
 */
public record DocumentNumber(Integer number, Integer year, String typeAbbreviation, String issuerCode) {

    private static final Pattern TYPED = Pattern.compile(
            "^\\s*(\\d+)?\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?([\\p{L}]+)\\s*-\\s*([\\p{L}\\d&.\\-]+)\\s*$");

    /** Reads a number and symbol; empty when the text does not have the NN/TYPE-ISSUER shape. */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(Text.nfc(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer number = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return Optional.of(new DocumentNumber(number, year, m.group(3), m.group(4)));
    }

    /** Writes it the decree's way: a number below 10 gets a leading zero; a draft leaves room for it. */
    public String format() {
        String n = number == null ? "      " : String.format("%02d", number);
        String y = year == null ? "" : year + "/";
        return n + "/" + y + typeAbbreviation + "-" + issuerCode;
    }
}
