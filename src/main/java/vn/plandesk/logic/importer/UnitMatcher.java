package vn.plandesk.logic.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/**
 * Recognises the bodies a document names among the units of the directory, ignoring accents,
 * case, common abbreviations ("UBND", "Sở KH&ĐT"), a leading "các" and small spelling or
 * recognition mistakes. What it does not recognise is proposed as a new unit, never created here.
 */
public final class UnitMatcher {

    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("ubnd", "uy ban nhan dan");
        ABBREVIATIONS.put("hdnd", "hoi dong nhan dan");
        ABBREVIATIONS.put("ubmttq", "uy ban mat tran to quoc");
        ABBREVIATIONS.put("mttq", "mat tran to quoc");
        ABBREVIATIONS.put("kh&dt", "ke hoach va dau tu");
        ABBREVIATIONS.put("khdt", "ke hoach va dau tu");
        ABBREVIATIONS.put("tn&mt", "tai nguyen va moi truong");
        ABBREVIATIONS.put("tnmt", "tai nguyen va moi truong");
        ABBREVIATIONS.put("gd&dt", "giao duc va dao tao");
        ABBREVIATIONS.put("gddt", "giao duc va dao tao");
        ABBREVIATIONS.put("nn&ptnt", "nong nghiep va phat trien nong thon");
        ABBREVIATIONS.put("nnptnt", "nong nghiep va phat trien nong thon");
        ABBREVIATIONS.put("khcn", "khoa hoc va cong nghe");
        ABBREVIATIONS.put("kh&cn", "khoa hoc va cong nghe");
        ABBREVIATIONS.put("vh,tt&dl", "van hoa, the thao va du lich");
        ABBREVIATIONS.put("vhttdl", "van hoa, the thao va du lich");
        ABBREVIATIONS.put("ld-tb&xh", "lao dong - thuong binh va xa hoi");
        ABBREVIATIONS.put("ldtbxh", "lao dong - thuong binh va xa hoi");
        ABBREVIATIONS.put("tt&tt", "thong tin va truyen thong");
        ABBREVIATIONS.put("tttt", "thong tin va truyen thong");
        ABBREVIATIONS.put("gtvt", "giao thong van tai");
        ABBREVIATIONS.put("bhxh", "bao hiem xa hoi");
        ABBREVIATIONS.put("vp", "van phong");
    }

    private final List<Unit> directory;
    private final Map<String, Unit> byKey = new LinkedHashMap<>();

    public UnitMatcher(List<Unit> directory) {
        this.directory = List.copyOf(directory);
        for (Unit unit : directory) {
            byKey.putIfAbsent(key(unit.fullName()), unit);
            if (unit.shortName() != null) {
                byKey.putIfAbsent(key(unit.shortName()), unit);
            }
        }
    }

    /** The directory unit a written name means, or null. */
    public Unit match(String name) {
        String key = key(name);
        Unit exact = byKey.get(key);
        if (exact != null) {
            return exact;
        }
        Unit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Unit> entry : byKey.entrySet()) {
            int allowed = Math.min(key.length(), entry.getKey().length()) / 12;
            if (allowed == 0) {
                continue;
            }
            int d = distance(key, entry.getKey(), allowed);
            if (d <= allowed && d < bestDistance) {
                best = entry.getValue();
                bestDistance = d;
            }
        }
        return best;
    }

    /** A new unit for a name the directory does not know, its kind guessed from the name. */
    public static Unit propose(String name) {
        String key = VietnameseText.searchKey(name);
        UnitKind kind;
        if (key.startsWith("cac ") || key.startsWith("nhung ") || key.contains("lien quan")) {
            kind = UnitKind.GROUP;
        } else if (key.matches("^(?:pho )?(?:giam doc|chu tich|truong phong|truong ban|chanh van phong|dong chi|thu truong)\\b.*")
                || key.matches(".* - (?:to truong|to vien|thu ky|thanh vien|to pho)$")) {
            kind = UnitKind.PERSON;
        } else if (key.matches("^(?:phong|van phong|bo phan)\\b.*")) {
            kind = UnitKind.DEPARTMENT;
        } else if (key.matches("^(?:to|ban chi dao|hoi dong|doan|tieu ban|ban)\\b.*")) {
            kind = UnitKind.COMMITTEE;
        } else if (key.matches("^(?:so|ubnd|uy ban|cuc|chi cuc|cong an|bo|trung tam|tong cuc|kho bac|thanh tra|bao hiem)\\b.*")) {
            kind = UnitKind.AGENCY;
        } else {
            kind = UnitKind.OTHER;
        }
        return new Unit(null, name, null, kind, null, true);
    }

    List<Unit> directory() {
        return new ArrayList<>(directory);
    }

    /** The comparison key: accent-free, abbreviations written out, no leading "các", no punctuation. */
    static String key(String name) {
        String k = VietnameseText.searchKey(name);
        StringBuilder out = new StringBuilder();
        for (String word : k.split(" ")) {
            String expanded = ABBREVIATIONS.getOrDefault(word.replaceAll("[.;:]$", ""), word);
            out.append(out.length() > 0 ? " " : "").append(expanded);
        }
        return out.toString().replaceFirst("^(?:cac|nhung) ", "").replaceAll("[.;:()\"]", "").replace(" - ", " ")
                .replaceAll("\\s+", " ").strip();
    }

    /** Edit distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
