package vn.plandesk.logic.importer.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.DocumentNumber;
import vn.plandesk.model.DocumentType;

/**
 * The head of a document: governing and issuing bodies, "Số: ...", the place-and-date line, the
 * document type and its subject, and the legal bases ("Căn cứ ...", "Thực hiện ..."). Read on
 * accent-free text so a scan without diacritics gives the same fields. The head is a two-column
 * table (Decree 30/2020/NĐ-CP): whatever way a converter breaks its cells into lines, a name, a
 * number or a date broken over lines is put back together. A decision or resolution that issues a
 * plan gives way to the plan ({@link IssuedPlan}): its type, title and body are the plan's.
 */
final class HeaderReader {

    private static final Pattern NUMBER = Pattern.compile("^so\\s*:?\\s*(\\S.*)?$");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^so\\s*:?$");
    private static final Pattern PLACE_DATE = Pattern.compile("^(.{2,40}?),?\\s+ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");
    private static final Pattern SEPARATOR = Pattern.compile("^[-_=*.\\s]{3,}$");
    private static final String NATIONAL_MOTTO = "cong hoa xa hoi chu nghia viet nam doc lap tu do hanh phuc";
    private static final Pattern BASIS = Pattern.compile("^(?:can cu|thuc hien|theo de nghi|xet de nghi|trien khai|nham|de trien khai|sau khi|ngay \\d)");
    private static final Pattern ISSUER_SENTENCE = Pattern.compile("(?:^|[;,.]\\s*)((?:so|ban|uy ban|ubnd|phong|van phong|cuc|chi cuc|trung tam|hoi dong|tinh uy|huyen uy|bo|tong cuc|dang uy|thanh uy) [^;,.]{2,90}?) (?:xay dung|ban hanh|lap)(?: ke hoach| thong bao| chuong trinh)");
    private static final Pattern PROVINCE = Pattern.compile("(?<!\\p{L})(tỉnh|thành phố)\\s+(\\p{Lu}\\p{Ll}*+(?:\\s\\p{Lu}\\p{Ll}*+){1,2}+)(?!\\p{L})");
    /** Words that begin the name of a body: a header line starting so is a new body, not a wrapped name. */
    private static final Pattern BODY_START = Pattern.compile("^(?:so|bo|ban|cuc|chi cuc|tong cuc|van phong|uy ban|ubnd|hoi dong|hdnd|"
            + "trung tam|phong|truong|vien|thanh tra|cong an|dang uy|tinh uy|thanh uy|huyen uy|dang bo|kho bac|toa an|benh vien)(?: |$)");
    /** The body that enacts a decision or resolution, named in capitals above its bases ("ỦY BAN NHÂN DÂN TỈNH ..."). */
    private static final Pattern ENACTING_BODY = Pattern.compile("^(?:uy ban|hoi dong|thu tuong|bo truong|chu tich|giam doc|chinh phu|ban )");
    /** "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:": the articles follow. */
    private static final Pattern ENACTING_WORD = Pattern.compile("^(?:quyet dinh|quyet nghi|chi thi)\\s*:$");
    /** "(Kèm theo Quyết định số 12/QĐ-UBND ngày ...)": the line under an attached plan's title. */
    private static final Pattern ATTACHED = Pattern.compile("^(?:\\(\\s*)?(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet|ke hoach|chi thi|van ban)");
    private static final Set<DocumentType> ENACTING_TYPES = Set.of(DocumentType.QUYET_DINH, DocumentType.NGHI_QUYET, DocumentType.CHI_THI);

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
    /** The plan a decision issues, or null. */
    IssuedPlan issuedPlan;

    void read(List<Line> lines) {
        int typeIndex = findType(lines);
        List<String> names = new ArrayList<>();
        readHead(lines, typeIndex < 0 ? Math.min(lines.size(), 8) : typeIndex, names);
        if (!names.isEmpty()) {
            issuer = names.get(names.size() - 1);
            governingBody = names.size() > 1 ? names.get(0) : null;
        }
        int i = typeIndex < 0 ? 0 : readSubject(lines, typeIndex);
        i = readBases(lines, i);
        bodyStart = i;
        issuedPlan = type != null && ENACTING_TYPES.contains(type) ? IssuedPlan.find(lines, bodyStart) : null;
        if (issuedPlan != null) {
            // the plan is the document imported: its type, title and body; the decision's number, date and signer
            type = issuedPlan.type();
            typeLine = issuedPlan.heading();
            introduction = null;
            bodyStart = readBases(lines, readSubject(lines, issuedPlan.heading()));
        }
        if (issuer == null) {
            issuerFromBasis(lines, typeIndex, bodyStart);
        }
        if (type == null && number != null) {
            type = DocumentNumber.parse(number).map(n -> DocumentType.fromAbbreviation(n.typeAbbreviation())).orElse(null);
        }
    }

    /** The signature block to read: a decision's own, above the plan it issues, or the one at {@code tail}. */
    List<Line> signatureBlock(List<Line> lines, int tail) {
        return issuedPlan != null && issuedPlan.signatureStart() >= 0
                ? lines.subList(issuedPlan.signatureStart(), issuedPlan.heading()) : lines.subList(tail, lines.size());
    }

    /** The lines above the type heading: the two header columns, in whatever order they were read. */
    private void readHead(List<Line> lines, int end, List<String> names) {
        boolean numberNext = false;
        for (int i = 0; i < end; i++) {
            Line line = lines.get(i);
            for (String piece : pieces(line)) {
                String key = VietnameseText.searchKey(piece);
                if (numberNext && number == null && readNumber(piece)) {
                    numberNext = false;
                    continue;
                }
                numberNext = NUMBER_LABEL.matcher(key).matches();
                if (!numberNext && !headerPiece(piece) && isName(piece, key)) {
                    addName(names, piece.replaceAll("[-_]{2,}", "").strip(), key);
                }
            }
        }
        if (issuedOn == null) {
            placeDateOverLines(lines, end);
        }
    }

    private static List<String> pieces(Line line) {
        return line.columns().size() > 1 ? line.columns() : List.of(line.text());
    }

    /** Reads a number or a place-and-date line; true when the piece was one. */
    private boolean headerPiece(String piece) {
        String key = VietnameseText.searchKey(piece);
        Matcher n = NUMBER.matcher(key);
        if (n.find() && n.group(1) != null && piece.contains("/")) {
            String afterLabel = piece.strip().replaceFirst("^\\S+?\\s*:\\s*|^\\S+\\s+", "");
            if (number == null) {
                readNumber(afterLabel);
            }
            // a text file's number line may run on into the place-and-date line
            String rest = afterLabel.replaceFirst("^\\d+[\\p{L}\\d]*(?:\\s*[/-]\\s*[\\p{L}\\d&.]+)+", "").strip();
            if (!rest.isEmpty()) {
                readPlaceDate(rest);
            }
            return true;
        }
        return readPlaceDate(piece);
    }

    /** "141/KH-UBND", "14-KH/TU", "05/2024/NĐ-CP": the document number at the start of the text. */
    private boolean readNumber(String text) {
        Matcher m = Pattern.compile("^\\d+[\\p{L}\\d]*(?:\\s*[/-]\\s*[\\p{L}\\d&.]+)+").matcher(text.strip());
        if (!m.find() || !m.group().contains("/")) {
            return false;
        }
        number = m.group().replace(" ", "").replaceAll("\\.$", "");
        return true;
    }

    /** "Bắc Ninh, ngày 20 tháng 11 năm 2025": read unless a date was read before; true when the text is one. */
    private boolean readPlaceDate(String text) {
        String key = VietnameseText.searchKey(text);
        Matcher d = PLACE_DATE.matcher(key);
        if (!d.find() || d.group(1).matches(".*[\\d:].*")) {
            return false;
        }
        if (issuedOn != null) {
            return true;
        }
        try {
            issuedOn = LocalDate.of(Integer.parseInt(d.group(4)), Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)));
        } catch (DateTimeException | NumberFormatException notADate) {
            // a garbled date stays unread; the review step asks for it
            return true;
        }
        int comma = text.indexOf(',');
        int placeWords = d.group(1).split(" ").length;
        String p = comma > 0 && comma < d.end(1) + 2 ? text.substring(0, comma)
                : String.join(" ", Arrays.copyOf(text.strip().split("\\s+"), placeWords));
        p = p.strip();
        place = p.isEmpty() || VietnameseText.searchKey(p).startsWith("ngay") ? null : p;
        return true;
    }

    /** "Thành phố Hồ Chí" / "Minh, ngày 21 tháng 11 năm 2025": a place-and-date cell broken over lines. */
    private void placeDateOverLines(List<Line> lines, int end) {
        for (int i = 0; i < end && issuedOn == null; i++) {
            StringBuilder joined = new StringBuilder(lines.get(i).text());
            for (int k = i + 1; k < Math.min(end, i + 3) && issuedOn == null; k++) {
                joined.append(' ').append(lines.get(k).text());
                readPlaceDate(joined.toString());
            }
        }
    }

    /** A line of the issuing column: capitals, no digits, not the national motto or a rule. */
    private static boolean isName(String piece, String key) {
        return piece.length() >= 2 && piece.length() <= 90 && Headings.isUpperCase(piece) && !piece.matches(".*\\d.*")
                && !SEPARATOR.matcher(piece).matches() && !isNationalMotto(key);
    }

    /** "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc": any piece of the motto. */
    static boolean isNationalMotto(String key) {
        String words = key.replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        return words.length() >= 3 && (" " + NATIONAL_MOTTO + " ").contains(" " + words + " ");
    }

    /**
     * "ỦY BAN NHÂN" / "DÂN" / "TỈNH ĐỒNG THÁP" and "THỦ TƯỚNG" / "CHÍNH PHỦ" are one name each;
     * "UBND TỈNH LẠNG SƠN" / "SỞ Y TẾ" are two: a line that does not begin a body's name continues the last.
     */
    private static void addName(List<String> names, String name, String key) {
        if (!names.isEmpty() && !BODY_START.matcher(key).find()) {
            names.set(names.size() - 1, names.get(names.size() - 1) + " " + name);
        } else {
            names.add(name);
        }
    }

    /** Reads the subject under the type heading at {@code typeIndex}; returns the line after it. */
    private int readSubject(List<Line> lines, int typeIndex) {
        int i = typeIndex + 1;
        StringBuilder title = new StringBuilder(afterTypeWord(lines.get(typeIndex).text()));
        int subjectLines = 0;
        while (i < lines.size() && subjectLines < 5) {
            Line line = lines.get(i);
            String key = VietnameseText.searchKey(line.text());
            if ((subjectLines > 0 || key.startsWith("can cu") || key.startsWith("ngay ")) && BASIS.matcher(key).find()
                    || Markers.of(line.text()).kind() != Markers.Kind.NONE || isNationalMotto(key) || key.startsWith("cong hoa xa hoi")
                    || line.text().length() > 250 || subjectLines > 0 && line.text().endsWith(":")) {
                break;
            }
            int attached = attachmentStart(line.text());
            if (attached >= 0) {
                // "(Kèm theo Quyết định số ...)" under the title, or joined to its last line
                String before = line.text().substring(0, attached).strip();
                title.append(title.length() > 0 && !before.isEmpty() ? " " : "").append(before);
                readAttachment(line.text().substring(attached));
                i++;
                break;
            }
            if (title.length() > 0 && isEnactingBody(lines, i, key)) {
                if (issuer == null) {
                    issuer = line.text();
                }
                i++;
                break;
            }
            if (!headerPiece(line.text())) {
                title.append(title.length() > 0 ? " " : "").append(line.text());
                subjectLines++;
            }
            i++;
        }
        subject = title.toString().replaceAll("^[-–]+|[-–]+$", "").strip();
        return i;
    }

    /** "ỦY BAN NHÂN DÂN TỈNH SƠN LA" between a decision's subject and its bases: who enacts it, not the subject. */
    private boolean isEnactingBody(List<Line> lines, int i, String key) {
        if (!ENACTING_TYPES.contains(type) || !Headings.isUpperCase(lines.get(i).text()) || i + 1 >= lines.size()) {
            return false;
        }
        String next = VietnameseText.searchKey(lines.get(i + 1).text());
        boolean named = ENACTING_BODY.matcher(key).find() || issuer != null && key.equals(VietnameseText.searchKey(issuer));
        return named && (BASIS.matcher(next).find() || ENACTING_WORD.matcher(next).matches());
    }

    /** Where "(Kèm theo ...)" or "Ban hành kèm theo ..." begins in the line, or -1. */
    private static int attachmentStart(String text) {
        if (ATTACHED.matcher(VietnameseText.searchKey(text)).find()) {
            return 0;
        }
        for (int open = text.indexOf('('); open > 0; open = text.indexOf('(', open + 1)) {
            if (ATTACHED.matcher(VietnameseText.searchKey(text.substring(open))).find()) {
                return open;
            }
        }
        return -1;
    }

    /** "(Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 ...)": the number and date where the head had none. */
    private void readAttachment(String text) {
        Matcher m = Pattern.compile("(?i)\\bs[ốo]\\s+(\\S+)").matcher(text);
        if (number == null && m.find()) {
            readNumber(m.group(1));
        }
        Matcher d = Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})|ngay\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})")
                .matcher(VietnameseText.searchKey(text));
        if (issuedOn == null && d.find()) {
            int g = d.group(1) != null ? 1 : 4;
            try {
                issuedOn = LocalDate.of(Integer.parseInt(d.group(g + 2)), Integer.parseInt(d.group(g + 1)), Integer.parseInt(d.group(g)));
            } catch (DateTimeException garbled) {
                // left for the review step
            }
        }
    }

    /** Legal bases and the introduction run until the first marked line, or the articles' "QUYẾT ĐỊNH:". */
    private int readBases(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && Markers.of(lines.get(i).text()).kind() == Markers.Kind.NONE) {
            String text = lines.get(i).text();
            String key = VietnameseText.searchKey(text);
            if (isNationalMotto(key) || key.startsWith("cong hoa xa hoi")) {
                i++;
                continue;
            }
            if (ENACTING_WORD.matcher(key).matches() && Headings.isUpperCase(text)) {
                return i + 1;
            }
            if (key.startsWith("can cu") || key.startsWith("thuc hien") || key.startsWith("theo")) {
                for (String part : text.split(";\\s*(?=(?:Căn cứ|Can cu|Thực hiện|Thuc hien))")) {
                    bases.add(part.replaceAll("[;,]$", "").strip());
                }
            }
            introduction = text;
            i++;
        }
        return i;
    }

    private int findType(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), 25); i++) {
            DocumentType t = typeHeading(lines.get(i).text());
            if (t != null) {
                type = t;
                typeLine = i;
                return i;
            }
        }
        return -1;
    }

    /** "KẾ HOẠCH", "QUYẾT ĐỊNH Về việc ...": the type heading a line is, or null. */
    static DocumentType typeHeading(String text) {
        String key = VietnameseText.searchKey(text);
        for (DocumentType t : DocumentType.values()) {
            String title = VietnameseText.searchKey(t.title());
            boolean upper = Headings.isUpperCase(text.substring(0, Math.min(text.length(), t.title().length())));
            if (t != DocumentType.CONG_VAN && (key.equals(title) || upper && key.startsWith(title + " ") && !key.startsWith(title + " so"))) {
                return t;
            }
        }
        return null;
    }

    private static String afterTypeWord(String text) {
        String[] words = text.split("\\s+");
        int i = 0;
        while (i < words.length && Headings.isUpperCase(words[i])) {
            i++;
        }
        return i >= 2 ? String.join(" ", Arrays.copyOfRange(words, i, words.length)) : "";
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
                issuer = String.join(" ", Arrays.copyOf(words, Math.min(count, words.length)));
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
