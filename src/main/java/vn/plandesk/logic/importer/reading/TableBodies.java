package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;

/**
 * The bodies a cell of an assignment table names, one entry per body: several bodies are separated
 * by ";", "," or line breaks; words after a body that say what it does ("Sở KH&CN chủ trì hướng dẫn")
 * are not part of its name; a remark in brackets naming a body that cooperates ("(Viện ... phối hợp
 * chuẩn bị dự thảo)") makes that body a cooperating one, other remarks are dropped.
 */
final class TableBodies {

    private static final Pattern REMARK = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d+]");
    /** "Tổng Thư ký Quốc hội -Văn phòng Quốc hội": two bodies joined by a dash. */
    private static final Pattern DASH_JOIN = Pattern.compile("\\s[-–]\\s?(?=\\p{Lu})");
    private static final Pattern COOPERATES = Pattern.compile("\\bphoi hop\\b");
    /** Words that end a line without ending the name: "Sở Khoa học và" / "Công nghệ". */
    private static final Pattern OPEN_END = Pattern.compile("(?:[,&(/-]|\\b(?:va|cac|cua|tinh|thanh pho))$");

    final List<String> names = new ArrayList<>();
    final List<String> cooperating = new ArrayList<>();

    private TableBodies() {
    }

    /** The bodies of a cell; {@code linesBroken} says a line break inside it is a text file's, not a paragraph. */
    static TableBodies of(String cell, boolean linesBroken) {
        TableBodies bodies = new TableBodies();
        Set<String> names = new LinkedHashSet<>();
        Set<String> cooperating = new LinkedHashSet<>();
        for (String part : parts(cell, linesBroken)) {
            String piece = FOOTNOTE.matcher(part).replaceAll("").replaceFirst("^[-–•+]\\s*", "").strip();
            Matcher remark = REMARK.matcher(piece);
            while (remark.find()) {
                String inner = remark.group(1);
                Matcher cooperates = COOPERATES.matcher(VietnameseText.searchKey(inner));
                if (cooperates.find()) {
                    cooperating.addAll(UnitNames.split(inner.substring(0, ItemText.originalOffset(inner, cooperates.start()))));
                }
            }
            piece = REMARK.matcher(piece).replaceAll(" ").replaceAll("\\s+", " ").strip();
            for (String one : DASH_JOIN.split(piece)) {
                names.addAll(namesIn(one));
            }
        }
        names.forEach(cooperating::remove);
        bodies.names.addAll(names);
        bodies.cooperating.addAll(cooperating);
        return bodies;
    }

    /**
     * A piece's bodies: its subject when words of action follow the names ("Sở KH&CN chủ trì hướng
     * dẫn"), else the piece split into names. Words that go on in capitals still belong to the name
     * ("Sở Giáo dục và Đào tạo", although "đào tạo" can be an action).
     */
    private static List<String> namesIn(String piece) {
        if (piece.isBlank()) {
            return List.of();
        }
        List<String> subject = UnitNames.subject(piece);
        if (subject.isEmpty()) {
            return UnitNames.split(piece);
        }
        String key = VietnameseText.searchKey(piece);
        String last = VietnameseText.searchKey(subject.get(subject.size() - 1));
        int found = key.indexOf(last);
        String rest = found < 0 || key.length() != piece.length() ? "" : piece.substring(found + last.length()).strip();
        boolean cutsAction = String.join(" ", subject).contains(" ") && rest.length() > 3 && !Character.isUpperCase(rest.charAt(0));
        return cutsAction ? subject : UnitNames.split(piece);
    }

    /** The cell cut at ";" and at line breaks that start another body. */
    private static List<String> parts(String cell, boolean linesBroken) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String clean = Lines.clean(line);
            if (clean.isEmpty()) {
                continue;
            }
            if (linesBroken && !lines.isEmpty() && continuesName(lines.get(lines.size() - 1), clean)) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + clean);
            } else {
                lines.add(clean);
            }
        }
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            for (String part : line.split(";")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    /** In a text file a cell's line goes on with the previous unless it opens with another body's name. */
    private static boolean continuesName(String previous, String line) {
        return OPEN_END.matcher(VietnameseText.searchKey(previous)).find() || Character.isLowerCase(line.charAt(0))
                || UnitNames.subject(line).isEmpty();
    }
}
