package vn.plandesk.logic.export.xlsx;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.plandesk.logic.export.TimesWidths;

/**
 * The cell styles and page setup every sheet of an export shares: Times New Roman, wrapped text
 * with thin borders, real date cells shown dd/mm/yyyy, landscape A4 one page wide with the header
 * row repeated on every printed page.
 */
final class XlsxKit {
    static final String FONT = "Times New Roman";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    /** A column width unit is the digit width of the default font (Calibri 11: 7 px = 105 twips). */
    private static final int TWIPS_PER_WIDTH_UNIT = 105;
    /** Cell padding, and room for words that wrap at a space before the edge. */
    private static final int CELL_PADDING = 90;
    private static final float LINE_POINTS = 15.75f;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle heading;
    final CellStyle text;
    final CellStyle centred;
    final CellStyle date;
    final CellStyle number;
    final CellStyle group;
    final CellStyle subGroup;

    XlsxKit(Workbook wb) {
        Font plain = font(wb, false, false, 12);
        Font bold = font(wb, true, false, 12);
        title = style(wb, font(wb, true, false, 14), false, HorizontalAlignment.CENTER);
        subtitle = style(wb, font(wb, false, true, 12), false, HorizontalAlignment.CENTER);
        heading = style(wb, bold, true, HorizontalAlignment.CENTER);
        text = style(wb, plain, true, HorizontalAlignment.LEFT);
        centred = style(wb, plain, true, HorizontalAlignment.CENTER);
        date = style(wb, plain, true, HorizontalAlignment.CENTER);
        date.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
        number = style(wb, plain, true, HorizontalAlignment.CENTER);
        group = style(wb, bold, true, HorizontalAlignment.LEFT);
        group.setWrapText(false);
        subGroup = style(wb, font(wb, true, true, 12), true, HorizontalAlignment.LEFT);
        subGroup.setWrapText(false);
    }

    private static Font font(Workbook wb, boolean bold, boolean italic, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, boolean bordered, HorizontalAlignment alignment) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(alignment);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    /** A real date (a number formatted dd/mm/yyyy), or an empty bordered cell. */
    Cell date(Row row, int column, LocalDate value) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(date);
        return c;
    }

    Cell number(Row row, int column, long value) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(number);
        return c;
    }

    /** A title line merged across the table's width. */
    void titleRow(Sheet sheet, int rowIndex, String value, CellStyle style, int columns) {
        Row row = sheet.createRow(rowIndex);
        cell(row, 0, value, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        int usable = 0;
        for (int c = 0; c < columns; c++) {
            usable += sheet.getColumnWidth(c) * TWIPS_PER_WIDTH_UNIT / 256;
        }
        double points = style == title ? 14 : 12;
        int lines = (int) Math.ceil(TimesWidths.twips(value == null ? "" : value, points, true) / usable);
        row.setHeightInPoints((float) (Math.max(1, lines) * points * 1.3 + 2));
    }

    void headingRow(Sheet sheet, int rowIndex, List<String> headings) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < headings.size(); c++) {
            cell(row, c, headings.get(c), heading);
        }
        fitHeight(sheet, row);
    }

    /**
     * Makes a row tall enough for its wrapped text. Spreadsheet programs do not grow rows to fit
     * wrapped text when they open a file, so the height is worked out here from the Times New Roman
     * widths: lines per cell from its column width, the tallest cell wins.
     */
    static void fitHeight(Sheet sheet, Row row) {
        int lines = 1;
        for (Cell c : row) {
            if (c.getCellType() != CellType.STRING || !c.getCellStyle().getWrapText()) {
                continue;
            }
            int usable = Math.max(1, sheet.getColumnWidth(c.getColumnIndex()) * TWIPS_PER_WIDTH_UNIT / 256 - CELL_PADDING);
            int cellLines = 0;
            for (String segment : c.getStringCellValue().split("\n", -1)) {
                double wide = TimesWidths.twips(segment, 12, false);
                cellLines += Math.max(1, (int) Math.ceil(wide / usable));
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(lines * LINE_POINTS + 2);
    }

    /** Column widths in characters. */
    static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /**
     * Frozen and filterable header row {@code headingRow}, repeated on every printed page; landscape
     * A4 fitted to one page wide.
     */
    static void tableSetup(Sheet sheet, int headingRow, int lastRow, int columns) {
        sheet.createFreezePane(0, headingRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headingRow, Math.max(headingRow, lastRow), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headingRow, headingRow, 0, columns - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 30 / 25.4);
        sheet.setMargin(Sheet.RightMargin, 15 / 25.4);
        sheet.setMargin(Sheet.TopMargin, 20 / 25.4);
        sheet.setMargin(Sheet.BottomMargin, 20 / 25.4);
    }
}
