package vn.plandesk.logic.importer.reading;

import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;

/** What a section heading or a paragraph says about its role, read on accent-free text. */
final class Headings {

    /** Sections that describe rather than assign: purpose, requirements, budget, background. */
    private static final Pattern FREE = Pattern.compile(
            "^(?:muc dich|yeu cau|muc dich,? yeu cau|kinh phi|nguon kinh phi|quan diem|muc tieu|doi tuong|pham vi|can cu|"
                    + "tinh hinh|ket qua|danh gia|boi canh|su can thiet|thuc trang|noi dung de xuat|che do|giai thich|"
                    + "dieu khoan|hieu luc|chi tieu|mot so chi tieu)\\b");
    /** Sections whose numbered steps are the schedule. */
    private static final Pattern SCHEDULE = Pattern.compile(
            "(?:^|\\W)(?:tien do|thoi gian thuc hien|thoi gian va tien do|lo trinh|cac buoc|ke hoach cu the|thoi gian,? tien do|"
                    + "moc thoi gian|trinh tu)\\b");
    /** Lines that open a new block although they carry no list marker. */
    private static final Pattern NEW_BLOCK = Pattern.compile(
            "^(?:can cu|thuc hien|noi nhan|ban dien tu|phu luc|ke hoach|thong bao|chuong trinh|de an|cong hoa|doc lap|so:|so [\\d/]|"
                    + "tm\\.|kt\\.|tl\\.|tuq\\.|q\\.|luu:|nhiem vu|muc tieu:|co quan dau moi|dau moi)");

    private Headings() {
    }

    static String key(String text) {
        return VietnameseText.searchKey(text);
    }

    static boolean isFree(String heading) {
        return heading != null && FREE.matcher(key(heading)).find();
    }

    static boolean isSchedule(String heading) {
        return heading != null && SCHEDULE.matcher(key(heading)).find();
    }

    static boolean startsNewBlock(String line) {
        if (!Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        return NEW_BLOCK.matcher(key(line)).find() || isUpperCase(line) && line.length() > 3;
    }

    /** A short line without final punctuation: a heading such as "1. Mục đích". */
    static boolean isShortHeading(String line) {
        return line.length() <= 80 && !line.matches(".*[.;,:]$");
    }

    static boolean isUpperCase(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }
}
