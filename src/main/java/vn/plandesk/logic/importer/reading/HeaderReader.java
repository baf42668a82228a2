package vn.plandesk.logic.importer.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.DocumentNumber;
import vn.plandesk.model.DocumentType;

/**
 * The head of a document: governing and issuing bodies, "Số: ...", the place-and-date line, the
 * document type and its subject, and the legal bases ("Căn cứ ...", "Thực hiện ..."). Read on
 * accent-free text so a scan without diacritics gives the same fields.
 */
final class HeaderReader {

    private static final Pattern NUMBER = Pattern.compile("^so\\s*:?\\s*(\\S.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile("^(.{2,40}?),?\\s+ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");
    private static final Pattern NATIONAL = Pattern.compile("^(?:cong hoa xa hoi|doc lap|[-_=*.]{3,})");
    private static final Pattern BASIS = Pattern.compile("^(?:can cu|thuc hien|theo de nghi|xet de nghi|trien khai|nham|de trien khai|sau khi|ngay \\d)");
    private static final Pattern ISSUER_SENTENCE = Pattern.compile("(?:^|[;,.]\\s*)((?:so|ban|uy ban|ubnd|phong|van phong|cuc|chi cuc|trung tam|hoi dong|tinh uy|huyen uy|bo|tong cuc|dang uy|thanh uy) [^;,.]{2,90}?) (?:xay dung|ban hanh|lap)(?: ke hoach| thong bao| chuong trinh)");
    private static final Pattern PROVINCE = Pattern.compile("(?<!\\p{L})(tỉnh|thành phố)\\s+(\\p{Lu}\\p{Ll}*+(?:\\s\\p{Lu}\\p{Ll}*+){1,2}+)(?!\\p{L})");

    DocumentType type;
    String number;
    String governingBody;
    String issuer;
    boolean issuerFromText;
    String place;
    LocalDate issuedOn;
    String subject;
    final List<String> bases = new ArrayList<>();
    /** Index of the first line of the body (after the subject and the legal bases). */
    int bodyStart;
    int typeLine = -1;
    /** The paragraph just before the body that introduces the first list ("... như sau:"). */
    String introduction;

    void read(List<Line> lines) {
        int typeIndex = findType(lines);
        List<String> upperBeforeType = new ArrayList<>();
        int headEnd = typeIndex < 0 ? Math.min(lines.size(), 8) : typeIndex;
        for (int i = 0; i < headEnd; i++) {
            Line line = lines.get(i);
            List<String> pieces = line.columns().isEmpty() ? List.of(line.text()) : line.columns();
            for (String piece : pieces) {
                headerPiece(piece, upperBeforeType);
            }
        }
        if (!upperBeforeType.isEmpty()) {
            issuer = upperBeforeType.get(upperBeforeType.size() - 1);
            governingBody = upperBeforeType.size() > 1 ? upperBeforeType.get(0) : null;
        }
        int i = typeIndex < 0 ? 0 : typeIndex + 1;
        StringBuilder title = new StringBuilder();
        if (typeIndex >= 0) {
            String sameLine = afterTypeWord(lines.get(typeIndex).text());
            if (!sameLine.isBlank()) {
                title.append(sameLine);
            }
        }
        int subjectLines = 0;
        while (i < lines.size() && subjectLines < 5 && typeIndex >= 0) {
            Line line = lines.get(i);
            String key = VietnameseText.searchKey(line.text());
            if ((subjectLines > 0 || key.startsWith("can cu") || key.startsWith("ngay ")) && BASIS.matcher(key).find() || Markers.of(line.text()).kind() != Markers.Kind.NONE || NATIONAL.matcher(key).find()
                    || line.text().length() > 250 || subjectLines > 0 && line.text().endsWith(":")) {
                break;
            }
            headerPiece(line.text(), new ArrayList<>());
            if (PLACE_DATE.matcher(key).find() || NUMBER.matcher(key).find() && line.text().contains("/")) {
                i++;
                continue;
            }
            title.append(title.length() > 0 ? " " : "").append(line.text());
            subjectLines++;
            i++;
        }
        subject = title.toString().replaceAll("^[-–]+|[-–]+$", "").strip();
        // legal bases and the introduction run until the first marked line
        while (i < lines.size() && Markers.of(lines.get(i).text()).kind() == Markers.Kind.NONE) {
            String text = lines.get(i).text();
            String key = VietnameseText.searchKey(text);
            if (NATIONAL.matcher(key).find()) {
                i++;
                continue;
            }
            if (key.startsWith("can cu") || key.startsWith("thuc hien") || key.startsWith("theo")) {
                for (String part : text.split(";\\s*(?=(?:Căn cứ|Can cu|Thực hiện|Thuc hien))")) {
                    bases.add(part.replaceAll("[;,]$", "").strip());
                }
            }
            introduction = text;
            i++;
        }
        bodyStart = i;
        if (issuer == null) {
            issuerFromBasis(lines, typeIndex, bodyStart);
        }
        if (type == null && number != null) {
            type = DocumentNumber.parse(number).map(n -> DocumentType.fromAbbreviation(n.typeAbbreviation())).orElse(null);
        }
    }

    private void headerPiece(String piece, List<String> upper) {
        String key = VietnameseText.searchKey(piece);
        Matcher n = NUMBER.matcher(key);
        if (n.find() && piece.contains("/") && number == null) {
            number = piece.strip().replaceFirst("^\\S+?\\s*:\\s*|^\\S+\\s+", "").split("\\s{2,}")[0]
                    .replaceAll("[.,;]$", "").replace(" ", "");
            return;
        }
        Matcher d = PLACE_DATE.matcher(key);
        if (d.find() && issuedOn == null) {
            try {
                issuedOn = LocalDate.of(Integer.parseInt(d.group(4)), Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)));
                int comma = piece.indexOf(',');
                String p = (comma > 0 ? piece.substring(0, comma) : piece.substring(0, Math.min(piece.length(), d.end(1)))).strip();
                place = p.isEmpty() || VietnameseText.searchKey(p).startsWith("ngay") ? null : p;
            } catch (DateTimeException | NumberFormatException notADate) {
                // a garbled date stays unread; the review step asks for it
            }
            return;
        }
        if (NATIONAL.matcher(key).find() || piece.length() < 3) {
            return;
        }
        if (Headings.isUpperCase(piece) && piece.length() <= 90) {
            String clean = piece.replaceAll("[-_]{2,}", "").strip();
            // "ỦY BAN NHÂN DÂN" / "TỈNH HÀ NAM": a name wrapped onto a second line
            if (!upper.isEmpty() && key.matches("^(?:tinh|thanh pho|huyen|xa|phuong|thi xa|quan) .*")) {
                upper.set(upper.size() - 1, upper.get(upper.size() - 1) + " " + clean);
            } else {
                upper.add(clean);
            }
        }
    }

    private int findType(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), 25); i++) {
            String text = lines.get(i).text();
            String key = VietnameseText.searchKey(text);
            for (DocumentType t : DocumentType.values()) {
                String title = VietnameseText.searchKey(t.title());
                boolean upper = Headings.isUpperCase(text.substring(0, Math.min(text.length(), t.title().length())));
                if (t != DocumentType.CONG_VAN && (key.equals(title) || upper && key.startsWith(title + " ") && !key.startsWith(title + " so"))) {
                    type = t;
                    typeLine = i;
                    return i;
                }
            }
        }
        return -1;
    }

    private static String afterTypeWord(String text) {
        String[] words = text.split("\\s+");
        int i = 0;
        while (i < words.length && Headings.isUpperCase(words[i])) {
            i++;
        }
        return i >= 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)) : "";
    }

    /** "...; Sở Kế hoạch và Đầu tư xây dựng kế hoạch ...": the issuer named in the introduction. */
    private void issuerFromBasis(List<Line> lines, int typeIndex, int bodyStart) {
        for (int i = Math.max(0, typeIndex); i < Math.min(bodyStart + 1, lines.size()); i++) {
            String text = lines.get(i).text();
            String key = VietnameseText.searchKey(text);
            Matcher m = ISSUER_SENTENCE.matcher(key);
            if (m.find()) {
                int from = ItemText.originalOffset(text, m.start(1));
                String[] words = text.substring(from).split("\\s+");
                int count = m.group(1).split(" ").length;
                issuer = String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
                issuerFromText = true;
                addProvince();
                return;
            }
        }
    }

    /** A department's name carries its province: taken from "tỉnh Lạng Sơn" in the subject or bases. */
    private void addProvince() {
        String key = VietnameseText.searchKey(issuer);
        String[] words = issuer.split(" ");
        boolean endsWithPlace = words.length > 2 && Character.isUpperCase(words[words.length - 1].charAt(0));
        if (!key.startsWith("so ") || key.contains("tinh ") || key.contains("thanh pho") || endsWithPlace) {
            return;
        }
        String where = subject + " " + String.join(" ", bases);
        Matcher m = PROVINCE.matcher(where);
        if (m.find()) {
            String province = m.group(2).strip();
            if (!key.endsWith(VietnameseText.searchKey(province))) {
                issuer = issuer + " " + m.group(1) + " " + province;
            }
        }
    }
}
