package vn.plandesk.logic.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Text;
import vn.plandesk.model.UnitKind;

/**
 * Reads the text of a public-body file (the one shipped and an office's own additions, same
 * format): UTF-8, one entry a line, columns separated by tabs, "#" comments, two sections.
 * <pre>
 * [viết tắt]   UBND ⇥ Ủy ban nhân dân
 * [cơ quan]    name ⇥ other names (;) ⇥ kind ⇥ now called ⇥ note
 * </pre>
 * Kinds are written in Vietnamese: cơ quan, trực thuộc, ban, cá nhân, nhóm, khác (blank: khác).
 * The first line that does not follow the format stops the reading with a {@link Malformed}.
 */
final class PublicBodyFile {

    /** What a file holds: its bodies, and its abbreviations as accent-free word → accent-free words. */
    record Contents(List<PublicBody> bodies, List<Integer> lines, Map<String, String> abbreviations) {
    }

    /** A line that does not follow the format: its number (from 1) and why, as a message key and arguments. */
    static final class Malformed extends Exception {
        final int line;
        final String key;
        final transient Object[] args;

        Malformed(int line, String key, Object... args) {
            super(key + " at line " + line);
            this.line = line;
            this.key = key;
            this.args = args;
        }
    }

    private static final Map<String, UnitKind> KINDS = Map.of(
            "co quan", UnitKind.AGENCY, "truc thuoc", UnitKind.DEPARTMENT, "ban", UnitKind.COMMITTEE,
            "ca nhan", UnitKind.PERSON, "nhom", UnitKind.GROUP, "khac", UnitKind.OTHER, "", UnitKind.OTHER);
    private static final int BODY_COLUMNS = 5;

    private enum Section { NONE, ABBREVIATIONS, BODIES }

    private PublicBodyFile() {
    }

    /** Decodes the bytes of a file as UTF-8, refusing anything else (an office may save it in another encoding). */
    static String decode(byte[] bytes) throws Malformed {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed(0, "publicBodies.notUtf8");
        }
    }

    static Contents parse(String text) throws Malformed {
        List<PublicBody> bodies = new ArrayList<>();
        List<Integer> bodyLines = new ArrayList<>();
        Map<String, String> abbreviations = new LinkedHashMap<>();
        Section section = Section.NONE;
        String[] lines = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (line.strip().startsWith("[")) {
                section = section(line.strip(), number);
                continue;
            }
            List<String> columns = columns(line);
            switch (section) {
                case NONE -> throw new Malformed(number, "publicBodies.noSection");
                case ABBREVIATIONS -> {
                    if (columns.size() != 2 || columns.get(0) == null || columns.get(1) == null) {
                        throw new Malformed(number, "publicBodies.badAbbreviation");
                    }
                    abbreviations.put(VietnameseText.searchKey(columns.get(0)), VietnameseText.searchKey(columns.get(1)));
                }
                case BODIES -> {
                    bodies.add(body(columns, number));
                    bodyLines.add(number);
                }
            }
        }
        return new Contents(bodies, bodyLines, abbreviations);
    }

    private static Section section(String header, int number) throws Malformed {
        return switch (VietnameseText.searchKey(header)) {
            case "[viet tat]" -> Section.ABBREVIATIONS;
            case "[co quan]" -> Section.BODIES;
            default -> throw new Malformed(number, "publicBodies.badSection", header);
        };
    }

    private static PublicBody body(List<String> columns, int number) throws Malformed {
        if (columns.size() > BODY_COLUMNS) {
            throw new Malformed(number, "publicBodies.tooManyColumns", columns.size(), BODY_COLUMNS);
        }
        String name = column(columns, 0);
        if (name == null) {
            throw new Malformed(number, "publicBodies.noName");
        }
        List<String> otherNames = new ArrayList<>();
        String others = column(columns, 1);
        if (others != null) {
            for (String other : others.split(";")) {
                String cleaned = Text.clean(other);
                if (cleaned != null) {
                    otherNames.add(cleaned);
                }
            }
        }
        String kindWords = column(columns, 2);
        UnitKind kind = KINDS.get(VietnameseText.searchKey(kindWords));
        if (kind == null) {
            throw new Malformed(number, "publicBodies.badKind", kindWords);
        }
        return new PublicBody(name, otherNames, kind, column(columns, 3), column(columns, 4));
    }

    private static String column(List<String> columns, int index) {
        return index < columns.size() ? columns.get(index) : null;
    }

    /** The tab-separated cells, cleaned (null for blank), unquoted the way spreadsheets quote them. */
    private static List<String> columns(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            String value = cell.strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).replace("\"\"", "\"");
            }
            cells.add(Text.clean(value));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1) == null) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
