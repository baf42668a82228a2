package vn.plandesk.logic.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.VietnameseText;

/**
 * The directory of Vietnamese public bodies any office meets (ministries, provincial departments,
 * the commune level, the Front and mass organisations, courts, police and military commands), with
 * their short forms, the abbreviations used inside names, and the bodies renamed or merged in 2025.
 * It is data, not code: the list shipped in {@value #RESOURCE} and, when the office keeps one, its
 * own additions in {@value #ADDITIONS_FILE} in the data folder (an addition with the name of a
 * shipped body replaces it). Nothing is read until the first question, so holding one costs nothing
 * at start; a malformed additions file is left out whole and {@link #problem()} says why in one line.
 */
public final class PublicBodies {
    /** The office's own additions, in its data folder. */
    public static final String ADDITIONS_FILE = "public-bodies.tsv";
    private static final String RESOURCE = "/vn/plandesk/importer/public-bodies.tsv";
    /** "… tỉnh Lạng Sơn", "… xã Tân Lập": a level word followed by a place's name ends many written names. */
    private static final Pattern PLACE =
            Pattern.compile("(.+ (?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong|dac khu))(?: \\S+){1,5}");
    private static final int MAX_RENAMES = 5;

    private static final PublicBodies SHIPPED_ONLY = new PublicBodies(null);

    private final Path additions;
    private Loaded loaded;

    private PublicBodies(Path additions) {
        this.additions = additions;
    }

    /** The shipped list only. */
    public static PublicBodies shipped() {
        return SHIPPED_ONLY;
    }

    /** The shipped list and the office's additions in {@code dataFolder}, if it has the file. */
    public static PublicBodies withAdditions(Path dataFolder) {
        return new PublicBodies(dataFolder.resolve(ADDITIONS_FILE));
    }

    /** The body a written name means ("Sở KH&ĐT", "So Tai chinh tinh Lang Son"), or null. */
    public PublicBody find(String name) {
        Loaded list = loaded();
        String key = key(name);
        for (String candidate : candidates(key)) {
            PublicBody exact = list.index.exact(candidate);
            if (exact != null) {
                return exact;
            }
        }
        return list.index.nearest(key);
    }

    /** The body in place today: {@code body} itself, or what it was renamed or merged into. */
    public PublicBody current(PublicBody body) {
        PublicBody now = body;
        for (int i = 0; i < MAX_RENAMES && now.isFormer(); i++) {
            PublicBody next = loaded().byName.get(key(now.nowCalled()));
            if (next == null || next == now) {
                break;
            }
            now = next;
        }
        return now;
    }

    /** Bodies whose names hold every word typed, accents ignored; those in place today first. */
    public List<PublicBody> matching(String query) {
        return loaded().bodies.stream()
                .filter(b -> VietnameseText.matches(b.name() + " " + String.join(" ", b.otherNames()), query))
                .sorted(Comparator.comparing(PublicBody::isFormer)
                        .thenComparing(PublicBody::name, VietnameseText.comparator()))
                .toList();
    }

    /** Every body, shipped then added, in file order. */
    public List<PublicBody> all() {
        return loaded().bodies;
    }

    /** Why the office's additions file was left out, in one line in the current language; empty when it was not. */
    public Optional<String> problem() {
        PublicBodyFile.Malformed malformed = loaded().problem;
        if (malformed == null) {
            return Optional.empty();
        }
        String reason = Messages.get(malformed.key, malformed.args);
        return Optional.of(malformed.line > 0 ? Messages.get("publicBodies.ignored", additions, malformed.line, reason)
                : Messages.get("publicBodies.ignoredFile", additions, reason));
    }

    /**
     * The key names are compared by: accent-free, abbreviations written out ("UBND" → "uy ban nhan
     * dan"), no leading "các"/"những", no punctuation but commas.
     */
    public String key(String name) {
        return key(name, loaded().abbreviations);
    }

    private static String key(String name, Map<String, String> abbreviations) {
        StringBuilder out = new StringBuilder();
        for (String word : VietnameseText.searchKey(name).split(" ")) {
            String expanded = abbreviations.getOrDefault(word.replaceAll("[.;:]$", ""), word);
            out.append(out.length() > 0 ? " " : "").append(expanded);
        }
        return out.toString().replaceFirst("^(?:cac|nhung) ", "").replaceAll("[.;:()\"]", "").replace(" - ", " ")
                .replaceAll("\\s+", " ").strip();
    }

    /** The key as written, then without the place's name, a city read as a province, then without "tỉnh". */
    private static List<String> candidates(String key) {
        List<String> out = new ArrayList<>(List.of(key));
        String k = key;
        Matcher place = PLACE.matcher(k);
        if (place.matches()) {
            k = place.group(1);
            out.add(k);
        }
        if (k.endsWith(" thanh pho")) {
            k = k.substring(0, k.length() - " thanh pho".length()) + " tinh";
            out.add(k);
        }
        if (k.endsWith(" tinh")) {
            out.add(k.substring(0, k.length() - " tinh".length()));
        }
        return out;
    }

    private synchronized Loaded loaded() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    private Loaded load() {
        PublicBodyFile.Contents shipped = Shipped.CONTENTS;
        if (additions == null || !Files.isRegularFile(additions)) {
            return new Loaded(shipped, null, null);
        }
        try {
            PublicBodyFile.Contents added = PublicBodyFile.parse(PublicBodyFile.decode(Files.readAllBytes(additions)));
            Loaded both = new Loaded(shipped, added, null);
            both.checkNowCalled(added);
            return both;
        } catch (PublicBodyFile.Malformed e) {
            return new Loaded(shipped, null, e);
        } catch (IOException e) {
            return new Loaded(shipped, null, new PublicBodyFile.Malformed(0, "publicBodies.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /** The lists read, indexed by key. */
    private static final class Loaded {
        final List<PublicBody> bodies = new ArrayList<>();
        final Map<String, String> abbreviations = new LinkedHashMap<>();
        final NameIndex<PublicBody> index = new NameIndex<>();
        final Map<String, PublicBody> byName = new HashMap<>();
        final PublicBodyFile.Malformed problem;

        Loaded(PublicBodyFile.Contents shipped, PublicBodyFile.Contents added, PublicBodyFile.Malformed problem) {
            this.problem = problem;
            abbreviations.putAll(shipped.abbreviations());
            if (added != null) {
                abbreviations.putAll(added.abbreviations());
            }
            // keys are made once every abbreviation is known
            shipped.bodies().forEach(body -> index(body, false));
            if (added != null) {
                added.bodies().forEach(body -> index(body, true));
            }
        }

        private void index(PublicBody body, boolean replacing) {
            bodies.add(body);
            List<String> names = new ArrayList<>(List.of(body.name()));
            names.addAll(body.otherNames());
            for (String name : names) {
                String key = key(name, abbreviations);
                if (replacing) {
                    index.replace(key, body);
                } else {
                    index.add(key, body);
                }
            }
            if (replacing) {
                byName.put(key(body.name(), abbreviations), body);
            } else {
                byName.putIfAbsent(key(body.name(), abbreviations), body);
            }
        }

        /** An addition renamed into a body neither list has could never be offered: the file is wrong. */
        void checkNowCalled(PublicBodyFile.Contents added) throws PublicBodyFile.Malformed {
            for (int i = 0; i < added.bodies().size(); i++) {
                PublicBody body = added.bodies().get(i);
                if (body.isFormer() && !byName.containsKey(key(body.nowCalled(), abbreviations))) {
                    throw new PublicBodyFile.Malformed(added.lines().get(i), "publicBodies.unknownNowCalled", body.nowCalled());
                }
            }
        }
    }

    /** The shipped list, read once on first use. */
    private static final class Shipped {
        static final PublicBodyFile.Contents CONTENTS = read();

        private static PublicBodyFile.Contents read() {
            try (InputStream in = PublicBodies.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the public-body list " + RESOURCE + " is not in the application");
                }
                return PublicBodyFile.parse(PublicBodyFile.decode(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PublicBodyFile.Malformed e) {
                throw new IllegalStateException("the shipped public-body list is malformed at line " + e.line + ": " + e.key, e);
            }
        }
    }
}
