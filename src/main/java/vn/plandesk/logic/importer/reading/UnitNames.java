package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;

/**
 * Finds the bodies a sentence of a plan gives work to: the subject of an item ("Sở Tài chính chủ
 * trì, ..."), the body after "Giao", "Đề nghị", "Yêu cầu", the bodies after "phối hợp với", and the
 * members of a team ("gồm: X - Tổ trưởng; Y - Thư ký"). Names are cut where the verb begins;
 * several bodies in one string become one entry each; a catch-all ("các phòng, đơn vị") stays one.
 * All matching is done on accent-free words, so scanned text without diacritics reads the same.
 */
final class UnitNames {

    /** Lead and support bodies of one item. */
    record Assignment(List<String> lead, List<String> support) {
    }

    /** First words of a body or a person in office. Two-word entries are checked first. */
    private static final Set<String> HEADS = Set.of(
            "so", "ban", "phong", "van phong", "bo truong", "ubnd", "uy ban", "hdnd", "hoi dong", "cong an", "bo chi huy", "bchqs", "cuc",
            "chi cuc", "tong cuc", "trung tam", "to", "doan", "tinh doan", "dai", "bao", "hoi", "lien doan", "lien minh",
            "mat tran", "ubmttq", "thanh tra", "kho bac", "ngan hang", "bao hiem", "chi nhanh", "cong ty", "tong cong ty",
            "bql", "truong", "benh vien", "vien", "giam doc", "pho giam doc", "chu tich", "pho chu tich", "truong phong",
            "pho truong phong", "truong ban", "pho truong ban", "thu truong", "lanh dao", "co quan", "thuong truc", "dang uy",
            "tinh uy", "huyen uy", "thanh uy", "ban thuong vu", "ban chi dao", "cong doan", "quy", "toa an", "vien kiem sat",
            "hai quan", "dien luc", "buu dien", "dong chi", "thanh vien", "cac", "bo", "vp", "stc", "skhdt", "stp", "snv",
            "doanh nghiep", "hiep hoi", "hoc vien", "dai hoc", "cang vu", "chanh van phong", "pho chanh van phong", "tap doan",
            "cuc thue", "uy ban nhan dan", "dai phat thanh", "cong thong tin", "bch", "btv", "uban", "luc luong", "thong tan xa",
            "bo nganh", "truong dai hoc", "truong cao dang", "co so", "doan the");
    /** Two-word openings that are verbs or things although their first word can open a name. */
    private static final Set<String> NOT_HEADS = Set.of(
            "to chuc", "ban hanh", "phong chong", "phong ngua", "bao cao", "hoi nghi", "hoi thao", "truong hop", "so sanh",
            "so voi", "so lieu", "bo sung", "bo tri", "bo phan", "dai hoi", "thanh vien", "ho tro", "lanh dao", "co quan",
            "to trinh", "doan ket", "hoi hop", "bao dam", "thuong truc", "quy dinh", "quy che", "quy trinh", "quy hoach",
            "vien chuc", "bao ve", "cong ty", "doanh nghiep", "ban giao", "phong trao", "truong hoc", "bao chi", "dai dien");
    /** Nouns after "các" that make it a group of bodies: "các sở, ngành", "các phòng, đơn vị". */
    private static final Set<String> GROUP_NOUNS = Set.of(
            "so", "co", "don", "phong", "thanh", "ban", "nganh", "dia", "huyen", "xa", "to", "hoi", "doan", "truong",
            "chi", "cuc", "trung", "doanh", "uy", "ubnd", "dong", "bo", "lanh", "thu", "chu", "tap", "ngan", "cong", "hiep",
            "vien", "giam", "pho", "quan", "phuong", "luc");
    /** Words where the name ends and what the body does begins. */
    private static final List<String> VERBS = List.of(
            "chu tri", "phoi hop", "thuc hien", "trien khai", "xay dung", "hoan thanh", "hoan thien", "hoan chinh", "tham muu",
            "chiu trach nhiem", "can cu", "huong dan", "to chuc", "ra soat", "theo doi", "bao cao", "truc tiep", "giup", "co trach nhiem",
            "khan truong", "tiep tuc", "chi dao", "don doc", "kiem tra", "tong hop", "cung cap", "phan cong", "bo tri", "ban hanh",
            "nghien cuu", "de xuat", "trinh", "gui", "lap ", "tuyen truyen", "pho bien", "quan ly", "dam bao", "bao dam", "sua doi",
            "la ", "tang cuong", "day manh", "nang cao", "cap nhat", "cong khai", "tham dinh", "chuan bi", "phat huy", "xu ly",
            "giai quyet", "tiep nhan", "dieu tra", "bo sung", "du thao", "dam nhiem", "giam sat", "danh gia", "uu tien", "tap trung",
            "quan tam", "tham gia", "dieu phoi", "nghiem tuc", "thong nhat", "xac dinh", "lua chon", "van hanh", "dang tai", "duy tri",
            "ho tro", "tiep thu", "tien hanh", "kien toan", "thanh lap", "cai thien", "rut ngan", "tim hieu", "thong bao", "tich cuc", "chu dong",
            "co y kien", "cho y kien", "lam viec", "thuong xuyen", "phat dong", "van dong", "dieu chinh", "soan thao",
            "kiem soat", "nam 1", "nam 2", "thu thap", "khao sat", "boi duong", "dao tao", "su dung", "mo rong", "dinh ky",
            "hang nam", "hang thang", "hang quy", "hang tuan", "ngay", "truoc", "trong", "den ngay", "den thang", "den nam", "den het",
            "tu ngay", "tu thang", "sau khi", "de dam bao", "de thuc hien", "de kip", "nham", "voi ", "ve ", "theo", "tai cuoc",
            "tai hoi", "tai van ban", "tai ke hoach", "tai quyet dinh", "tai phu luc", "tai dia", "cua ", "nhu sau", "dong thoi",
            "phai", "duoc", "se ", "thuc day", "tien phong", "dan dat", "day nhanh", "phat trien", "mo them", "de tham muu", "de to chuc", "de trien khai", "de phoi hop", "can doi", "nam tinh hinh", "ap dung", "kip thoi", "da ", "vao", "ket hop", "bao dam", "rut kinh nghiem", "xay", "di ", "cu ", "moi cac", "tiep can");
    /** Verbs that are also part of names right after the first word: "Ban Quản lý", "Trung tâm Hỗ trợ". */
    private static final Set<String> NAME_PART_VERBS = Set.of(
            "quan ly", "chi dao", "kiem tra", "to chuc", "tuyen truyen", "ho tro", "dao tao", "boi duong", "tiep nhan", "giam sat",
            "xay dung", "thuc hien", "tham dinh", "dieu phoi", "phoi hop", "nghien cuu", "tham muu", "giup", "xu ly", "theo doi",
            "cung cap");
    private static final Pattern MEMBERS = Pattern.compile("^(?:cac |nhung )?(?:thanh vien|to vien|uy vien)(?: (?:trong|cua|thuoc))? ");
    /** "phối hợp với Sở Y tế", also without "với" ("phối hợp chặt chẽ lực lượng Công an"): a body must follow. */
    private static final Pattern SUPPORT_INTRO = Pattern.compile("(?:phoi hop(?: chat che)?(?: voi| cung)?|cung (?:voi|cung)) ");
    private static final Pattern LEAD_INTRO = Pattern.compile("^khuyen khich |(?:^|[\\s,;:(])(?:giao(?: cho)?(?! (?:vien|duc|thong|dich|luu|ket|tiep|nhan|ban|hang))|de nghi|yeu cau|phan cong|uy quyen cho) ");
    private static final Pattern HANDED_TO = Pattern.compile("(?:gui|chuyen|giao) (.{3,80}?) (?:de )?(?:thuc hien|giai quyet|xu ly|trien khai)\\b");
    private static final Pattern ROLE = Pattern.compile("^(.{3,120}?)\\s+[-–]\\s+(to truong|to pho|pho to truong|to vien|thu ky|thanh vien|truong ban|pho truong ban|uy vien|thuong truc|chu nhiem|pho chu nhiem)\\.?$");
    private static final Pattern HEADING_INTRO = Pattern.compile("(?:de nghi|giao(?: cho)?|yeu cau|trach nhiem cua) ");
    private static final Pattern ASSIGNED = Pattern.compile("duoc (?:giao|phan cong) (?:chu tri|nhiem vu)\\b");
    /** "1. Sở Tài chính (cơ quan chủ trì)": the body's role in brackets after a heading's name, accents or none. */
    private static final Pattern ROLE_NOTE = Pattern.compile(
            "(?iu)\\s*\\((?:c[ơo] quan |[đd][ơo]n v[ịi] )?(?:ch[ủu] tr[ìi]|th[ưu][ờo]ng tr[ựu]c|[đd][ầa]u m[ốo]i)\\)$");
    private static final Pattern MEMBERS_LIST = Pattern.compile("\\b(?:gom|bao gom|thanh phan gom|thanh phan)\\s?:");

    private UnitNames() {
    }

    /** Lead and support of an item; {@code inheritedLead} is used when the item names no body. */
    static Assignment of(String text) {
        Words words = new Words(text);
        List<String> lead = new ArrayList<>();
        Matcher intro = LEAD_INTRO.matcher(words.key);
        if (intro.find() && intro.start() < Math.max(40, words.key.length() / 3)) {
            lead.addAll(namesAt(words, words.wordAt(intro.end())));
        }
        if (lead.isEmpty()) {
            lead.addAll(namesAt(words, 0));
        }
        Set<String> support = new LinkedHashSet<>();
        Matcher s = SUPPORT_INTRO.matcher(words.key);
        while (s.find()) {
            support.addAll(namesAt(words, words.wordAt(s.end())));
        }
        Matcher handed = HANDED_TO.matcher(words.key);
        while (handed.find()) {
            support.addAll(namesAt(words, words.wordAt(handed.start(1))));
        }
        lead.forEach(support::remove);
        return new Assignment(dedupe(lead), List.copyOf(support));
    }

    /**
     * The bodies a label or a table cell names: "Sở Tư pháp; các cơ quan, đơn vị liên quan" gives
     * two entries; words after a name ("Các cơ quan, đơn vị theo quy định") are dropped.
     */
    static List<String> cell(String value) {
        List<String> names = new ArrayList<>();
        for (String part : value.split("[;\\n]")) {
            for (String name : split(part)) {
                List<String> cut = namesAt(new Words(name), 0);
                names.add(cut.size() == 1 ? cut.get(0) : name);
            }
        }
        return dedupe(names);
    }

    /** The bodies named at the very start of a text (a heading "Sở Tài chính:"), or none. */
    static List<String> subject(String text) {
        return namesAt(new Words(text), 0);
    }

    /** Whether the whole text is one or more body names (a heading such as "1. Sở Y tế:"). */
    static boolean isOnlyNames(String text) {
        String t = text.replaceAll("[:.;]+$", "").strip();
        List<String> names = subject(t);
        return !names.isEmpty() && VietnameseText.searchKey(String.join(" ", names)).length()
                >= VietnameseText.searchKey(t).replace(",", "").replace(" va ", " ").length() - 4;
    }

    /**
     * The bodies a heading names when it names nothing else: "1. Sở Y tế:", "11. Đề nghị Chi cục
     * Hải quan khu vực XIX", "Giao Công an tỉnh:"; none for a heading that says more.
     */
    static List<String> heading(String text) {
        String t = ROLE_NOTE.matcher(text.replaceAll("[:.;]+$", "").strip()).replaceFirst("").strip();
        Matcher intro = HEADING_INTRO.matcher(VietnameseText.searchKey(t));
        if (intro.lookingAt()) {
            t = t.substring(Math.min(t.length(), wordOffset(t, intro.end())));
        }
        return isOnlyNames(t) ? subject(t) : List.of();
    }

    /** People given a role in a team: "gồm: Trưởng phòng A - Tổ trưởng; Trưởng phòng B - Tổ viên". */
    static List<String> members(String text) {
        Matcher list = MEMBERS_LIST.matcher(VietnameseText.searchKey(text));
        if (!list.find()) {
            return List.of();
        }
        int colon = text.indexOf(':', Math.min(text.length() - 1, Math.max(0, list.end() - 2)));
        if (colon < 0) {
            return List.of();
        }
        List<String> members = new ArrayList<>();
        for (String part : text.substring(colon + 1).split(";")) {
            String p = part.strip().replaceAll("[.,]+$", "");
            if (ROLE.matcher(VietnameseText.searchKey(p)).matches()) {
                members.add(capitalize(p));
            }
        }
        return members;
    }

    private static List<String> namesAt(Words words, int first) {
        if (first < 0 || first >= words.size() || !isHead(words, first)) {
            return List.of();
        }
        int end = first + 1;
        int headWords = headWords(words, first);
        int segment = first;
        while (end < words.size() && end - segment < 22 && !words.endsSentence(end - 1)) {
            if (words.word(end - 1).endsWith(",") || words.keyWord(end - 1).equals("va")) {
                segment = end;
            }
            if (end < first + headWords || end == first + headWords && nameVerb(words, end) || membersSoFar(words, first, end)) {
                end++;
                continue;
            }
            if (afterRelated(words, end)) {
                break;
            }
            int assigned = assignedQualifier(words, first, end);
            if (assigned > end) {
                end = assigned;
                continue;
            }
            if (isVerb(words, end) && !namePartAfterAnd(words, end) && !organisationsInList(words, first, end)) {
                break;
            }
            end++;
        }
        String phrase = words.original(first, end).replaceAll("[:;.]+$", "").strip();
        return split(phrase);
    }

    /** A capitalised word after "và" or a comma inside a name is a word of the name ("Sở Giáo dục và Đào tạo"). */
    private static boolean namePartAfterAnd(Words words, int i) {
        return Character.isUpperCase(words.word(i).charAt(0)) && (words.keyWord(i - 1).equals("va") || words.word(i - 1).endsWith(","));
    }

    /**
     * "tổ chức" names organisations, not the verb "organise", right after "các"/"những" ("các tổ
     * chức thành viên") or as a member of a list of bodies ("các cơ quan, tổ chức có liên quan",
     * "các sở, ngành, tổ chức chính trị - xã hội").
     */
    private static boolean organisationsInList(Words words, int first, int i) {
        if (!words.keyFrom(i).startsWith("to chuc")) {
            return false;
        }
        String before = words.keyWord(i - 1);
        if (before.equals("cac") || before.equals("nhung")) {
            return true;
        }
        boolean listSoFar = words.word(i - 1).endsWith(",") || before.equals("va");
        return listSoFar && VietnameseText.searchKey(words.original(first, i)).matches("^(?:.* )?(?:cac|nhung) .*");
    }

    /**
     * "Các cơ quan, đơn vị được giao nhiệm vụ", "các sở, ngành được phân công chủ trì": a collective
     * narrowed to the bodies given work is one name; the end of the qualifier, or {@code i}.
     */
    private static int assignedQualifier(Words words, int first, int i) {
        Matcher m = ASSIGNED.matcher(words.keyFrom(i));
        if (!m.lookingAt() || !isCollective(words.keyWord(first))) {
            return i;
        }
        return i + m.group().strip().split(" ").length;
    }

    /** "các đơn vị có liên quan tại khu vực ...": a catch-all ends with "liên quan" unless the list goes on. */
    private static boolean afterRelated(Words words, int i) {
        return i >= 2 && words.keyWord(i - 2).equals("lien") && words.keyWord(i - 1).equals("quan") && !words.word(i - 1).endsWith(",")
                && !words.keyWord(i).equals("va");
    }

    private static boolean isCollective(String firstKey) {
        return firstKey.equals("cac") || firstKey.equals("nhung");
    }

    /** Words of a head: "Sở", "Ban Chỉ đạo"; after "các" the group noun's ("các cơ sở đào tạo"). */
    private static int headWords(Words words, int first) {
        if (isCollective(words.keyWord(first)) && first + 1 < words.size()) {
            return 1 + headWords(words, first + 1);
        }
        StringBuilder key = new StringBuilder(words.keyWord(first));
        int best = 1;
        for (int n = 2; n <= 3 && first + n - 1 < words.size(); n++) {
            key.append(' ').append(words.keyWord(first + n - 1));
            if (HEADS.contains(key.toString())) {
                best = n;
            }
        }
        return best;
    }

    /** A verb right after the head is part of the name: "Ban Quản lý", "Quỹ Phát triển", "các viện nghiên cứu". */
    private static boolean nameVerb(Words words, int i) {
        if (Character.isUpperCase(words.word(i).charAt(0)) && isVerb(words, i)) {
            return true;
        }
        String rest = words.keyFrom(i);
        return NAME_PART_VERBS.stream().anyMatch(v -> rest.startsWith(v + " ") || rest.equals(v));
    }

    /** "Các thành viên trong Tổ ...": the words after "thành viên" still name the team. */
    private static boolean membersSoFar(Words words, int first, int end) {
        String so = VietnameseText.searchKey(words.original(first, end)) + " ";
        return MEMBERS.matcher(so).matches() || so.matches("^(?:cac |nhung )?(?:thanh vien|to vien|uy vien) $");
    }

    private static boolean isHead(Words words, int i) {
        String one = words.keyWord(i);
        String two = i + 1 < words.size() ? one + " " + words.keyWord(i + 1) : one;
        String three = i + 2 < words.size() ? two + " " + words.keyWord(i + 2) : two;
        if (HEADS.contains(three)) {
            return true;
        }
        if (NOT_HEADS.contains(two) && !(two.equals("thanh vien") || two.equals("lanh dao") || two.equals("co quan")
                || two.equals("thuong truc") || two.equals("cong ty") || two.equals("doanh nghiep"))) {
            return false;
        }
        if (isCollective(one)) {
            return i + 1 < words.size() && GROUP_NOUNS.contains(words.keyWord(i + 1));
        }
        if (one.equals("to") && i + 1 < words.size() && words.keyWord(i + 1).startsWith("chuc")) {
            return false;
        }
        return HEADS.contains(two) || HEADS.contains(one) && !one.equals("ho") && !one.equals("bo") && !one.equals("truong")
                || one.equals("bo") && i + 1 < words.size() && Character.isUpperCase(words.word(i + 1).charAt(0))
                || one.equals("truong") && i + 1 < words.size() && Character.isUpperCase(words.word(i + 1).charAt(0));
    }

    private static boolean isVerb(Words words, int i) {
        String rest = words.keyFrom(i);
        for (String verb : VERBS) {
            if (rest.startsWith(verb) && (verb.endsWith(" ") || rest.length() == verb.length() || rest.charAt(verb.length()) == ' '
                    || rest.charAt(verb.length()) == ',')) {
                if (verb.equals("giup") && rest.startsWith("giup viec")) {
                    continue;
                }
                if (verb.equals("ky") && !rest.startsWith("ky ")) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** "Văn phòng sở, các phòng, đơn vị" → "Văn phòng sở", "Các phòng, đơn vị". */
    static List<String> split(String phrase) {
        Words words = new Words(phrase);
        List<String> names = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < words.size(); i++) {
            boolean comma = words.word(i - 1).endsWith(",") || words.word(i - 1).endsWith(";");
            boolean separatorBefore = comma || words.keyWord(i - 1).equals("va") || words.keyWord(i - 1).equals("voi");
            if (!separatorBefore) {
                continue;
            }
            String soFar = VietnameseText.searchKey(words.original(start, i));
            boolean inGroup = soFar.matches("^(?:.* )?(?:cac|nhung) .*") || bareGroup(words, start);
            boolean strongStart = Character.isUpperCase(words.word(i).charAt(0)) && !isBare(words, i, itemEnd(words, i));
            boolean newGroup = (comma || words.keyWord(i - 1).equals("va")) && isCollective(words.keyWord(i)) || repeatsHead(words, start, i) || afterPlaces(soFar, words, start, i);
            if ((!inGroup || strongStart || newGroup) && isHead(words, i)) {
                int cut = words.keyWord(i - 1).equals("va") || words.keyWord(i - 1).equals("voi") ? i - 1 : i;
                names.add(words.original(start, cut));
                start = i;
            }
        }
        names.add(words.original(start, words.size()));
        List<String> clean = new ArrayList<>();
        for (String name : names) {
            String n = tidy(name);
            if (n != null) {
                clean.add(n);
            }
        }
        return clean;
    }

    /** Bare nouns that name a kind of body, not one body: "sở", "ban, ngành", "Viện, Trường", "cơ quan, đơn vị". */
    private static final Set<String> BARE = Set.of(
            "so", "ban", "nganh", "vien", "truong", "co quan", "don vi", "dia phuong", "doanh nghiep", "to chuc", "hoi", "doan the",
            "bo", "bo truong", "thu truong", "phong", "cuc", "trung tam", "luc luong", "co so", "hiep hoi");
    /** Nouns of places after "các": "UBND các tỉnh, thành phố ...". */
    private static final Pattern PLACES = Pattern.compile("^(?:.* )?cac (?:tinh|thanh pho|huyen|quan|xa|phuong|thi xa|dac khu)\\b.*");

    /** Whether the words from {@code from} to {@code to} are one bare noun ("Sở", "đơn vị"). */
    private static boolean isBare(Words words, int from, int to) {
        return to > from && BARE.contains(VietnameseText.searchKey(words.original(from, to)).replaceAll("[,;]$|\\s(?:va|voi)$", ""));
    }

    /** The end of the list item that starts at {@code i}: after its comma, or the end. */
    private static int itemEnd(Words words, int i) {
        int end = i;
        while (end < words.size() && !words.word(end).endsWith(",") && !words.word(end).endsWith(";")) {
            end++;
        }
        return Math.min(words.size(), end + 1);
    }

    /**
     * A list that opens with a bare noun ("Sở, ban, ngành có liên quan", "Viện, Trường") or whose
     * first item ends in one written small ("Thủ trưởng sở, ban, ngành") names one kind of body.
     */
    private static boolean bareGroup(Words words, int start) {
        int end = start;
        while (end < words.size() && !words.word(end).endsWith(",")) {
            end++;
        }
        if (end >= words.size()) {
            return false;
        }
        return isBare(words, start, end + 1) || end > start && Character.isLowerCase(words.word(end).charAt(0)) && isBare(words, end, end + 1);
    }

    /** "Các doanh nghiệp viễn thông, doanh nghiệp bưu chính": the group noun again starts another body. */
    private static boolean repeatsHead(Words words, int start, int i) {
        if (!isCollective(words.keyWord(start)) || start + 1 >= i) {
            return false;
        }
        int head = headWords(words, start + 1);
        String noun = VietnameseText.searchKey(words.original(start + 1, start + 1 + head)).replaceAll("[,;]$", "");
        return i - start > head + 1 && (words.keyFrom(i) + " ").startsWith(noun + " ");
    }

    /** "UBND các tỉnh, thành phố trực thuộc trung ương, cơ quan, tổ chức khác": places end where a body noun follows. */
    private static boolean afterPlaces(String soFar, Words words, int start, int i) {
        return PLACES.matcher(soFar).matches() && !isCollective(words.keyWord(start)) && isHead(words, i);
    }

    private static String tidy(String name) {
        String n = name.strip().replaceAll("^[,;(\\s]+|[,;:.\\s]+$", "")
                .replaceAll("\\s*\\((?:chủ trì|chu tri|cơ quan chủ trì|thường trực)\\)$", "").strip();
        String key = VietnameseText.searchKey(n);
        Matcher members = MEMBERS.matcher(key);
        if (members.find() && members.end() < key.length()) {
            n = n.substring(Math.min(n.length(), wordOffset(n, members.end())));
        }
        if (n.isEmpty() || n.length() < 2) {
            return null;
        }
        // a word typed twice ("Sở Sở Công Thương")
        n = n.replaceFirst("^(\\S+) (?i:\\1) ", "$1 ");
        return capitalize(n);
    }

    /** The offset in {@code n} of the word that starts at {@code keyOffset} of its search key. */
    private static int wordOffset(String n, int keyOffset) {
        int words = VietnameseText.searchKey(n).substring(0, keyOffset).split(" ").length;
        String[] parts = n.split(" ");
        int offset = 0;
        for (int i = 0; i < words && i < parts.length; i++) {
            offset += parts[i].length() + 1;
        }
        return offset;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private static List<String> dedupe(List<String> names) {
        return List.copyOf(new LinkedHashSet<>(names));
    }

    /** A text as words, each with its accent-free key, and the key of the whole text. */
    private static final class Words {
        private final List<String> words = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Integer> keyStarts = new ArrayList<>();
        final String key;

        Words(String text) {
            StringBuilder k = new StringBuilder();
            for (String w : text.strip().split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                String wk = VietnameseText.searchKey(w).replaceAll("^[(\"“]+|[,;:.)\"”]+$", "");
                if (k.length() > 0) {
                    k.append(' ');
                }
                keyStarts.add(k.length());
                k.append(wk);
                words.add(w);
                keys.add(wk);
            }
            key = k.toString();
        }

        int size() {
            return words.size();
        }

        String word(int i) {
            return words.get(i);
        }

        String keyWord(int i) {
            return keys.get(i);
        }

        String keyFrom(int i) {
            return key.substring(keyStarts.get(i));
        }

        boolean endsSentence(int i) {
            String w = words.get(i);
            return w.endsWith(".") || w.endsWith(":") || w.endsWith(";") || w.endsWith(")") && !w.contains("(");
        }

        /** The index of the word that starts at or after {@code keyOffset}; -1 past the end. */
        int wordAt(int keyOffset) {
            for (int i = 0; i < keyStarts.size(); i++) {
                if (keyStarts.get(i) >= keyOffset) {
                    return i;
                }
            }
            return -1;
        }

        String original(int from, int to) {
            return String.join(" ", words.subList(from, to));
        }
    }
}
