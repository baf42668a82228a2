package vn.plandesk.logic.export.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.plandesk.logic.export.VietnameseDates;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentNumber;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;

/** The texts of the fixed parts of a plan's document, as the decree writes them. */
public final class DocumentParts {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String RECIPIENTS_LABEL = "Nơi nhận:";
    /** The archive line every document ends its recipients with, when the plan does not give one. */
    static final String DEFAULT_ARCHIVE = "VT";

    private DocumentParts() {
    }

    public static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }

    /**
     * "25/KH-KHCN" (a number below 10 gets its leading zero); for a draft "      /KH-KHCN". A number
     * that does not have the NN/TYPE-ISSUER shape is written as typed; none at all leaves room.
     */
    public static String numberAndSymbol(Plan plan, boolean draft) {
        var parsed = DocumentNumber.parse(plan.numberAndSymbol());
        if (parsed.isPresent()) {
            DocumentNumber n = parsed.get();
            return (draft ? new DocumentNumber(null, n.year(), n.typeAbbreviation(), n.issuerCode()) : n).format();
        }
        if (plan.numberAndSymbol() != null && !draft) {
            return plan.numberAndSymbol();
        }
        String type = plan.type().abbreviation();
        return VietnameseDates.BLANK + "/" + type;
    }

    /** "Số: 25/KH-KHCN". */
    public static String numberLine(Plan plan, boolean draft) {
        return "Số: " + numberAndSymbol(plan, draft);
    }

    /** "Bắc Giang, ngày 25 tháng 02 năm 2019"; a draft leaves the day and month blank. */
    public static String placeAndDate(Plan plan, boolean draft) {
        return VietnameseDates.placeAndDate(plan.place(), plan.issuedOn(), draft);
    }

    /**
     * The lines of the signature block above the space for the signature: "KT. GIÁM ĐỐC" /
     * "PHÓ GIÁM ĐỐC". A position of several lines ("ỦY BAN NHÂN DÂN\nCHỦ TỊCH") takes the prefix on
     * its first line; a deputy signing for the head (KT.) gets the head's title from his own.
     */
    public static List<String> signatureLines(Signer signer) {
        List<String> lines = new ArrayList<>();
        if (signer == null || signer.position() == null) {
            if (signer != null && signer.authority() != null) {
                lines.add(signer.authority().prefix());
            }
            return lines;
        }
        List<String> position = signer.position().lines().map(String::strip).filter(l -> !l.isEmpty()).map(DocumentParts::upper).toList();
        Authority authority = signer.authority();
        if (authority == null) {
            lines.addAll(position);
        } else if (position.size() > 1) {
            lines.add(authority.prefix() + " " + position.get(0));
            lines.addAll(position.subList(1, position.size()));
        } else if (authority == Authority.KT && position.get(0).startsWith("PHÓ ")) {
            lines.add(authority.prefix() + " " + position.get(0).substring("PHÓ ".length()));
            lines.add(position.get(0));
        } else {
            lines.add(authority.prefix() + " " + position.get(0));
        }
        return lines;
    }

    /** The recipient lines as printed: "- UBND tỉnh (b/c);" ... and "- Lưu: VT, QLCN." last. */
    public static List<String> recipientLines(List<Recipient> recipients) {
        List<String> lines = new ArrayList<>();
        recipients.stream().filter(r -> !r.archive()).forEach(r -> lines.add("- " + r.line() + ";"));
        Recipient archive = recipients.stream().filter(Recipient::archive).findFirst()
                .orElse(new Recipient(DEFAULT_ARCHIVE, null, true));
        lines.add("- " + archive.line() + ".");
        return lines;
    }

    /** "Kế hoạch số 25/KH-KHCN ngày 25 tháng 02 năm 2019 của Sở Khoa học và Công nghệ Bắc Giang". */
    private static String planReference(Plan plan, boolean draft) {
        StringBuilder s = new StringBuilder(plan.type().title()).append(" số ")
                .append(numberAndSymbol(plan, draft)).append(' ').append(VietnameseDates.words(plan.issuedOn(), draft));
        if (plan.issuer() != null) {
            s.append(" của ").append(plan.issuer());
        }
        return s.toString();
    }

    /**
     * How another document cites an issued plan: "Kế hoạch số 25/KH-KHCN ngày 25/02/2019 của Sở Khoa học và
     * Công nghệ Bắc Giang"; parts the plan does not have are left out ("Kế hoạch của Sở ...").
     */
    public static String citation(Plan plan) {
        StringBuilder s = new StringBuilder(plan.type().title());
        if (plan.numberAndSymbol() != null) {
            s.append(" số ").append(numberAndSymbol(plan, false));
        }
        if (plan.issuedOn() != null) {
            s.append(" ngày ").append(NumericDate.FORMAT.format(plan.issuedOn()));
        }
        if (plan.issuer() != null) {
            s.append(" của ").append(plan.issuer());
        }
        return s.toString();
    }

    /** "(Kèm theo Kế hoạch số 25/KH-KHCN ngày 25 tháng 02 năm 2019 của Sở Khoa học và Công nghệ Bắc Giang)". */
    public static String appendixReference(Plan plan, boolean draft) {
        return "(Kèm theo " + planReference(plan, draft) + ")";
    }

    /** A sentence ending as the list it belongs to needs: ";" inside the list, "." at its end. */
    static String ending(String text, boolean last) {
        if (text.endsWith(":")) {
            return text;
        }
        return BodyOutline.withoutEndPunctuation(text) + (last ? "." : ";");
    }

    /** The last sentence of the body ends with "./.". */
    static String finalSentence(String text) {
        return BodyOutline.withoutEndPunctuation(text) + "./.";
    }
}
