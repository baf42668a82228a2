package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Authority;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;

/**
 * The end of a document: the signature block and "Nơi nhận" (and "Bản điện tử") lists. In a text
 * file the two columns run side by side ("Nơi nhận: GIÁM ĐỐC", "- Lãnh đạo Sở;  Đã ký"), so
 * each line is taken apart at its wide gaps: dash pieces are recipients, capitals are the
 * authority and position, "Đã ký" is dropped, and a short line of capitalised words is the name.
 */
final class SignatureReader {

    private static final Pattern TAIL_START = Pattern.compile("^(?:noi nhan|ban dien tu|(?:tm|kt|tl|tuq|q)\\. ?[a-z])");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNED = Pattern.compile("^\\(?(?:da ky|ky ten|ky,? dong dau|ky va dong dau|da ky va dong dau)\\)?\\.?$");
    private static final Pattern PERSON = Pattern.compile("^(?:\\p{Lu}[\\p{Ll}]*\\s){1,5}\\p{Lu}[\\p{Ll}]*$");

    Signer signer;
    final List<Recipient> recipients = new ArrayList<>();
    int signerStart = -1;

    /** Index of the first line of the tail (or lines.size() when there is none). */
    static int tailStart(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String key = VietnameseText.searchKey(lines.get(i).text());
            if (TAIL_START.matcher(key).find()) {
                return i;
            }
        }
        return lines.size();
    }

    void read(List<Line> tail) {
        Authority authority = null;
        List<String> positions = new ArrayList<>();
        String name = null;
        boolean inList = false;
        for (Line line : tail) {
            List<String> pieces = line.columns().isEmpty() ? List.of(line.text()) : line.columns();
            for (String raw : pieces) {
                String piece = raw.strip();
                String key = VietnameseText.searchKey(piece);
                if (key.startsWith("noi nhan") || key.startsWith("ban dien tu")) {
                    inList = true;
                    int colon = piece.indexOf(':');
                    piece = colon >= 0 ? piece.substring(colon + 1).strip() : "";
                    key = VietnameseText.searchKey(piece);
                    if (piece.isEmpty()) {
                        continue;
                    }
                }
                if (piece.startsWith("-") || piece.startsWith("+") || key.startsWith("luu:") || key.startsWith("luu ")) {
                    if (inList || key.startsWith("luu")) {
                        String entry = piece.replaceFirst("^[-+•]\\s*", "");
                        if (!entry.isBlank()) {
                            recipients.add(Recipient.parse(entry));
                        }
                    }
                    continue;
                }
                if (SIGNED.matcher(key).matches()) {
                    continue;
                }
                Matcher a = AUTHORITY.matcher(piece);
                if (a.matches() && Headings.isUpperCase(piece)) {
                    if (authority == null) {
                        authority = Authority.fromPrefix(a.group(1));
                    }
                    if (!a.group(2).isBlank()) {
                        positions.add(a.group(2).strip());
                    }
                    signerStart = signerStart < 0 ? line.start() : signerStart;
                    continue;
                }
                if (Headings.isUpperCase(piece) && piece.length() <= 60) {
                    positions.add(piece);
                    signerStart = signerStart < 0 ? line.start() : signerStart;
                    continue;
                }
                if (PERSON.matcher(piece).matches() && !positions.isEmpty()) {
                    name = piece;
                }
            }
        }
        if (!positions.isEmpty() || name != null) {
            // the position is the line under the authority: the last capitals line ("PHÓ GIÁM ĐỐC")
            String position = positions.isEmpty() ? null : positions.get(positions.size() - 1);
            signer = new Signer(authority, position, name);
        }
    }
}
