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
 * The block ends with the name: what follows (an appendix, an attached plan) is not part of it.
 */
final class SignatureReader {

    private static final Pattern TAIL_START = Pattern.compile("^(?:noi nhan|ban dien tu|(?:tm|kt|tl|tuq|q)\\. ?[a-z])");
    private static final Pattern AUTHORITY = Pattern.compile("(?:^|\\s)(TM|KT|TL|TUQ|Q)\\.\\s*", Pattern.CASE_INSENSITIVE);
    /** "TL. CHủ TỊCH": a prefix in capitals opens the block even where a legacy font lost a capital. */
    private static final Pattern AUTHORITY_LINE = Pattern.compile("^(?:TM|KT|TL|TUQ|Q)\\.\\s*\\p{Lu}");
    private static final Pattern SIGNED = Pattern.compile("^\\(?(?:da ky|ky ten|ky,? dong dau|ky va dong dau|da ky va dong dau)\\)?\\.?$");
    private static final Pattern PERSON = Pattern.compile("^(?:\\p{Lu}[\\p{Ll}]*\\s){1,5}\\p{Lu}[\\p{Ll}]*$");
    /** "PHÓ CHỦ TỊCH Phạm Văn Thịnh": a position and the name under it read as one line. */
    private static final Pattern POSITION_AND_NAME = Pattern.compile("^(\\P{Ll}+?)\\s+((?:\\p{Lu}[\\p{Ll}]*\\s){1,5}\\p{Lu}[\\p{Ll}]*)$");
    /** The title a person signs under (Decree 30/2020/NĐ-CP), read on accent-free words. */
    private static final Pattern TITLE = Pattern.compile("^(?:chu tich|tong giam doc|giam doc|thu tuong|bo truong|thu truong|chu nhiem|"
            + "tong thu ky|bi thu|chanh van phong|chanh thanh tra|chanh an|vien truong|tong cuc truong|chi cuc truong|cuc truong|"
            + "vu truong|hieu truong|truong ban|truong phong|truong khoa|truong doan|tong bien tap|chi huy truong|tu lenh|chinh uy|"
            + "tong kiem toan|thong doc)(?: |$)");
    /** A new part of the document: the signature block ended without a name. */
    private static final Pattern NEXT_PART = Pattern.compile("^(?:phu luc|bieu|danh muc|ke hoach|chuong trinh|de an|quyet dinh)(?: |$)");

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
        List<String> entries = new ArrayList<>();
        List<String> capitals = new ArrayList<>();
        String name = null;
        boolean inList = false;
        for (Line line : tail) {
            if (name != null || !capitals.isEmpty() && endsBlock(line.text())) {
                break;
            }
            List<String> pieces = line.columns().size() > 1 ? line.columns() : List.of(line.text());
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
                        addRecipient(entries, piece);
                    }
                    continue;
                }
                if (SIGNED.matcher(key).matches()) {
                    continue;
                }
                Matcher both = POSITION_AND_NAME.matcher(piece);
                boolean capitalsLine = Headings.isUpperCase(piece) || AUTHORITY_LINE.matcher(piece).find();
                if (capitalsLine && piece.length() <= 90 || both.matches() && Headings.isUpperCase(both.group(1))) {
                    capitals.add(both.matches() ? both.group(1) : piece);
                    signerStart = signerStart < 0 ? line.start() : signerStart;
                    if (both.matches()) {
                        name = both.group(2);
                    }
                    continue;
                }
                if (PERSON.matcher(piece).matches() && !capitals.isEmpty()) {
                    name = piece;
                }
            }
        }
        entries.forEach(entry -> recipients.add(Recipient.parse(entry)));
        if (!capitals.isEmpty() || name != null) {
            signer = signer(String.join(" ", capitals), name);
        }
    }

    /** "- VP UBND tỉnh:" then "+ LĐVP, KGVX;": the "+" line completes the recipient it details. */
    private static void addRecipient(List<String> entries, String piece) {
        String entry = piece.replaceFirst("^[-+•]\\s*", "").strip();
        int last = entries.size() - 1;
        if (entry.isEmpty()) {
            return;
        }
        if (piece.startsWith("+") && last >= 0 && entries.get(last).endsWith(":") && !VietnameseText.searchKey(entry).startsWith("luu")) {
            entries.set(last, entries.get(last) + " " + entry);
        } else {
            entries.add(entry);
        }
    }

    /** A numbered section or a new part's heading after the capitals: the block had no name. */
    private static boolean endsBlock(String text) {
        Markers.Kind kind = Markers.of(text).kind();
        return kind == Markers.Kind.ROMAN || kind == Markers.Kind.NUMBER || NEXT_PART.matcher(VietnameseText.searchKey(text)).find();
    }

    /**
     * "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the authority is the prefix nearest the
     * position (KT.: a deputy signs for the head, on behalf of the committee), the position the
     * last title in the block with its "PHÓ"; the body a "TM." names is neither.
     */
    static Signer signer(String capitals, String name) {
        Authority authority = null;
        String segment = capitals.strip();
        Matcher a = AUTHORITY.matcher(segment);
        int after = -1;
        while (a.find()) {
            authority = Authority.fromPrefix(a.group(1));
            after = a.end();
        }
        if (after >= 0) {
            segment = segment.substring(after).strip();
        }
        return new Signer(authority, segment.isEmpty() ? null : position(segment), name);
    }

    private static String position(String segment) {
        String[] words = segment.split("\\s+");
        for (int k = words.length - 1; k >= 0; k--) {
            StringBuilder rest = new StringBuilder();
            for (int j = k; j < words.length; j++) {
                rest.append(j > k ? " " : "").append(VietnameseText.searchKey(words[j]));
            }
            if (TITLE.matcher(rest).find()) {
                int start = k > 0 && VietnameseText.searchKey(words[k - 1]).equals("pho") ? k - 1 : k;
                return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            }
        }
        return segment;
    }
}
