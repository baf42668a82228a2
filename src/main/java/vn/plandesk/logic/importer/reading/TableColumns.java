package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.plandesk.logic.importer.source.SourceDocument;
import vn.plandesk.logic.text.VietnameseText;

/**
 * What each column of an assignment table holds, read from its header however the office named
 * and ordered the columns ("Cơ quan chủ trì", "Đơn vị thực hiện", "Thời hạn", "Tiến độ", "Sản phẩm",
 * "Nhiệm vụ, giải pháp" ...). The header may sit below a few group rows, be written over two rows
 * (a "Cơ quan thực hiện" cell over "Chủ trì" and "Phối hợp"), or lack the number cell that Word
 * merged with the rows above it. A table without a lead column still assigns work when it has
 * columns of bodies that submit or draft ("Cơ quan trình", "Cơ quan soạn thảo"); a table of
 * figures without any body column is not an assignment table.
 */
final class TableColumns {

    enum Role { NUMBER, CONTENT, LEAD, SUPPORT, TIME, PRODUCT, BODY, OTHER }

    private static final int HEADER_SEARCH_ROWS = 5;
    private static final Pattern NUMBER = Pattern.compile("^(?:s?tt|so tt|so thu tu)$");
    private static final Pattern TIME = Pattern.compile("thoi gian|thoi han|tien do|hoan thanh|moc thoi");
    private static final Pattern SUPPORT = Pattern.compile("phoi hop");
    private static final Pattern LEAD = Pattern.compile("chu tri|thuc hien|trach nhiem|dau moi");
    private static final Pattern PRODUCT = Pattern.compile("san pham|ket qua|hinh thuc");
    private static final Pattern CONTENT = Pattern.compile("noi dung|nhiem vu|cong viec|giai phap|hoat dong|chi tieu|de an|van ban|^ten\\b");
    /** A column of bodies that act ("Cơ quan trình", "Cơ quan soạn thảo"), unlike those that examine or advise. */
    private static final Pattern BODY = Pattern.compile("^(?:co quan|don vi|bo phan)\\b");
    private static final Pattern NOT_ACTING = Pattern.compile("tham tra|tham dinh|y kien|theo doi|giam sat|kiem tra|nhan\\b");

    private final Role[] roles;
    /** The header's first and last rows; rows above it may be group rows. */
    final int headerStart;
    final int headerEnd;

    private TableColumns(Role[] roles, int headerStart, int headerEnd) {
        this.roles = roles;
        this.headerStart = headerStart;
        this.headerEnd = headerEnd;
    }

    /** The columns of an assignment table, or null when {@code table} does not assign work. */
    static TableColumns of(SourceDocument.Table table) {
        int width = dataWidth(table);
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows().size()); r++) {
            Role[] roles = rolesOf(table.rows().get(r));
            if (!assigns(roles)) {
                continue;
            }
            int end = r;
            if (r + 1 < table.rows().size() && isSubHeader(table.rows().get(r + 1))) {
                roles = withSubHeader(roles, rolesOf(table.rows().get(r + 1)), width);
                end = r + 1;
            }
            return new TableColumns(aligned(roles, width), r, end);
        }
        return null;
    }

    /** Whether a row repeats the header (tables that repeat it under each group). */
    static boolean isHeader(List<String> row) {
        return assigns(rolesOf(row));
    }

    Role role(int column) {
        return column < roles.length ? roles[column] : Role.OTHER;
    }

    int width() {
        return roles.length;
    }

    /** The first column with {@code role}, or -1. */
    int first(Role role) {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == role) {
                return c;
            }
        }
        return -1;
    }

    /** The columns naming the bodies that lead: the lead column, or else every acting body column. */
    List<Integer> leadColumns() {
        List<Integer> columns = all(Role.LEAD);
        return columns.isEmpty() ? all(Role.BODY) : columns;
    }

    List<Integer> all(Role role) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == role) {
                columns.add(c);
            }
        }
        return columns;
    }

    private static boolean assigns(Role[] roles) {
        List<Role> list = Arrays.asList(roles);
        return list.contains(Role.CONTENT) && (list.contains(Role.LEAD) || list.contains(Role.BODY));
    }

    private static Role[] rolesOf(List<String> cells) {
        int end = cells.size();
        while (end > 0 && isBlank(cells.get(end - 1))) {
            end--;
        }
        // empty cells after the last heading are padding, not columns
        List<String> row = cells.subList(0, end);
        Role[] roles = new Role[row.size()];
        for (int c = 0; c < row.size(); c++) {
            roles[c] = roleOf(VietnameseText.searchKey(Lines.clean(row.get(c).replace('\n', ' '))));
        }
        List<Role> seen = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) {
            // one content and one time column: a second "nhiệm vụ" or "thời gian" header is something else
            if ((roles[c] == Role.CONTENT || roles[c] == Role.TIME || roles[c] == Role.NUMBER) && seen.contains(roles[c])) {
                roles[c] = Role.OTHER;
            }
            seen.add(roles[c]);
        }
        return roles;
    }

    private static Role roleOf(String key) {
        if (key.isEmpty() || key.length() > 60) {
            return Role.OTHER;
        }
        if (NUMBER.matcher(key).matches()) {
            return Role.NUMBER;
        }
        if (TIME.matcher(key).find() && !BODY.matcher(key).find()) {
            return Role.TIME;
        }
        if (SUPPORT.matcher(key).find()) {
            return Role.SUPPORT;
        }
        if (LEAD.matcher(key).find()) {
            return Role.LEAD;
        }
        if (PRODUCT.matcher(key).find()) {
            return Role.PRODUCT;
        }
        if (CONTENT.matcher(key).find()) {
            return Role.CONTENT;
        }
        if (BODY.matcher(key).find() && !NOT_ACTING.matcher(key).find()) {
            return Role.BODY;
        }
        return Role.OTHER;
    }

    /** A second header row holding only "Chủ trì" / "Phối hợp" (and empty cells under merged ones). */
    private static boolean isSubHeader(List<String> row) {
        Role[] roles = rolesOf(row);
        boolean any = false;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == Role.LEAD || roles[c] == Role.SUPPORT) {
                any = true;
            } else if (!isBlank(row.get(c)) && roles[c] != Role.OTHER) {
                return false;
            }
        }
        return any;
    }

    /**
     * Folds a second header row into the first, whose lead cell ("Cơ quan thực hiện") spans the
     * "Chủ trì" and "Phối hợp" cells below it: written with a cell per column (empty where merged)
     * the first row keeps its places; written short, its lead cell is split in two.
     */
    private static Role[] withSubHeader(Role[] first, Role[] second, int width) {
        if (first.length >= width) {
            // a cell per column: the sub-cells sit where the second row has them
            Role[] overlay = first.clone();
            for (int c = 0; c < Math.min(overlay.length, second.length); c++) {
                if (second[c] == Role.LEAD || second[c] == Role.SUPPORT) {
                    overlay[c] = second[c];
                }
            }
            return overlay;
        }
        int split = firstLead(first);
        if (split < 0) {
            return first;
        }
        List<Role> merged = new ArrayList<>(Arrays.asList(first).subList(0, split));
        for (Role r : second) {
            if (r == Role.LEAD || r == Role.SUPPORT) {
                merged.add(r);
            }
        }
        merged.addAll(Arrays.asList(first).subList(split + 1, first.length));
        return merged.toArray(Role[]::new);
    }

    private static int firstLead(Role[] roles) {
        return Arrays.asList(roles).indexOf(Role.LEAD);
    }

    /** A header one cell short of the data rows has lost its number cell to a merge: it lines up on the right. */
    private static Role[] aligned(Role[] roles, int width) {
        if (roles.length >= width || Arrays.asList(roles).contains(Role.NUMBER)) {
            return roles;
        }
        Role[] shifted = new Role[width];
        Arrays.fill(shifted, Role.OTHER);
        int shift = width - roles.length;
        shifted[0] = Role.NUMBER;
        System.arraycopy(roles, 0, shifted, shift, roles.length);
        return shifted;
    }

    /** The number of columns the rows fill (a Word table may have empty columns after them). */
    private static int dataWidth(SourceDocument.Table table) {
        int widest = 0;
        for (List<String> row : table.rows()) {
            int end = row.size();
            while (end > 0 && isBlank(row.get(end - 1))) {
                end--;
            }
            widest = Math.max(widest, end);
        }
        return widest;
    }

    /** Empty once markdown marks are gone ("** **" is an empty bold cell). */
    static boolean isBlank(String cell) {
        return Lines.clean(cell.replace('\n', ' ')).isEmpty();
    }
}
