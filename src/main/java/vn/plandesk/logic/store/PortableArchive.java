package vn.plandesk.logic.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.json.PlanJsonException;
import vn.plandesk.logic.store.StoreMigration.Counts;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/**
 * A portable archive of an office's data, which either engine restores (a server's backup, or a
 * data folder's with {@code backup --portable}): a zip holding
 * <ul>
 * <li>{@value #MANIFEST}: format name and version, the counts, where it was made from and when;</li>
 * <li>{@value #UNITS}: the unit directory (ids local to the archive, so parents can be named);</li>
 * <li>{@value #CALENDAR}: the office's calendar edits;</li>
 * <li>{@value #PLANS}: one plan JSON file (logic/json) per plan, in the order the plans were made.</li>
 * </ul>
 * An archive is checked whole when opened, before anything is asked or changed: a damaged, foreign or
 * newer one is refused in one sentence. Restoring replaces the target's data in one transaction.
 */
public final class PortableArchive implements OfficeData, AutoCloseable {
    /** The format written here; an archive of a higher version is refused as made by a newer PlanDesk. */
    static final int FORMAT_VERSION = 1;
    static final String FORMAT = "plandesk-archive";
    static final String MANIFEST = "plandesk-archive.json";
    static final String UNITS = "units.json";
    static final String CALENDAR = "calendar.json";
    static final String PLANS = "plans/";
    /** The directory and the calendar are small; anything past this is a damaged or hostile file. */
    private static final long MAX_PART = 50L * 1024 * 1024;
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final PlanJson PLAN_JSON = new PlanJson();
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_PART).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build());

    /** What a file given to restore is. */
    public enum Kind {
        /** A portable archive (or something claiming to be one: opening it checks). */
        PORTABLE,
        /** A data folder's own backup (H2's database file): restored into a data folder only. */
        DATA_FOLDER_BACKUP,
        /** A zip that cannot be read to its end: cut short or damaged. */
        DAMAGED,
        /** Anything else. */
        OTHER
    }

    /** What a restore left: the target's counts, and where the data it replaced was saved (null when it was empty). */
    public record Restored(Counts counts, Path previousData) {
    }

    private final Path file;
    private final ZipFile zip;
    private final Counts counts;
    private final String source;
    private final LocalDateTime madeOn;
    private final List<Unit> units;
    private final List<CalendarEdit> calendarEdits;
    private final List<ZipEntry> plans;

    private PortableArchive(Path file, ZipFile zip, JsonNode manifest) throws StoreException {
        this.file = file;
        this.zip = zip;
        this.counts = new Counts(count(manifest, "plans"), count(manifest, "phases"), count(manifest, "tasks"),
                count(manifest, "units"), count(manifest, "calendar_edits"));
        this.source = manifest.path("source").asText("");
        this.madeOn = madeOn(manifest);
        this.units = readUnits();
        this.calendarEdits = readCalendar();
        this.plans = zip.stream().filter(e -> e.getName().startsWith(PLANS) && !e.isDirectory()).map(ZipEntry.class::cast).toList();
    }

    public static Kind kindOf(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(MANIFEST) != null) {
                return Kind.PORTABLE;
            }
            return zip.getEntry(Store.DATABASE_NAME + ".mv.db") != null ? Kind.DATA_FOLDER_BACKUP : Kind.OTHER;
        } catch (IOException e) {
            return startsLikeAZip(file) ? Kind.DAMAGED : Kind.OTHER;
        }
    }

    private static boolean startsLikeAZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ZIP_SIGNATURE.length);
            return java.util.Arrays.equals(start, ZIP_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens an archive and reads it whole once (every plan read and checked against the limits the
     * store keeps, every count against the manifest); a refusal says in one sentence what is wrong.
     */
    public static PortableArchive open(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.BACKUP, "store.backupMissing", file);
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            PortableArchive archive = new PortableArchive(file, zip, manifest(file, zip));
            archive.checkPlans();
            return archive;
        } catch (IOException e) {
            closeQuietly(zip);
            throw new StoreException(StoreException.Reason.BACKUP, e,
                    startsLikeAZip(file) ? "archive.damaged" : "archive.notArchive", file);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static JsonNode manifest(Path file, ZipFile zip) throws StoreException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new StoreException(StoreException.Reason.BACKUP, "archive.notArchive", file);
        }
        JsonNode manifest = readJson(file, zip, entry);
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new StoreException(StoreException.Reason.BACKUP, "archive.notArchive", file);
        }
        JsonNode version = manifest.path("version");
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.asInt() < 1) {
            throw damagedPart(file, MANIFEST);
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new StoreException(StoreException.Reason.BACKUP, "archive.newer", file, version.asInt(), FORMAT_VERSION);
        }
        return manifest;
    }

    private int count(JsonNode manifest, String field) throws StoreException {
        JsonNode n = manifest.path(field);
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
            throw damagedPart(file, MANIFEST);
        }
        return n.asInt();
    }

    private LocalDateTime madeOn(JsonNode manifest) throws StoreException {
        try {
            return LocalDateTime.parse(manifest.path("made_on").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw damagedPart(file, MANIFEST);
        }
    }

    private List<Unit> readUnits() throws StoreException {
        JsonNode list = readPart(UNITS);
        List<Unit> read = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        try {
            for (JsonNode u : list) {
                Unit unit = new Unit(u.get("id").longValue(), u.get("full_name").textValue(), u.path("short_name").textValue(),
                        UnitKind.valueOf(u.get("kind").textValue()), u.path("parent").isNull() ? null : u.path("parent").longValue(),
                        u.get("active").booleanValue());
                if (!u.get("id").isIntegralNumber() || !ids.add(unit.id())) {
                    throw damagedPart(file, UNITS);
                }
                read.add(unit);
            }
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "archive.damagedPart", file, UNITS);
        }
        for (Unit unit : read) {
            if (unit.parentId() != null && !ids.contains(unit.parentId())) {
                throw damagedPart(file, UNITS);
            }
        }
        return Collections.unmodifiableList(read);
    }

    private List<CalendarEdit> readCalendar() throws StoreException {
        JsonNode list = readPart(CALENDAR);
        List<CalendarEdit> read = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        try {
            for (JsonNode e : list) {
                CalendarEdit edit = new CalendarEdit(LocalDate.parse(e.get("day").textValue()),
                        CalendarEdit.Kind.valueOf(e.get("kind").textValue()), e.path("note").textValue());
                if (!days.add(edit.day())) {
                    throw damagedPart(file, CALENDAR);
                }
                read.add(edit);
            }
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "archive.damagedPart", file, CALENDAR);
        }
        return Collections.unmodifiableList(read);
    }

    /** A list part of the archive: present, JSON, a list. */
    private JsonNode readPart(String name) throws StoreException {
        ZipEntry entry = zip.getEntry(name);
        JsonNode list = entry == null ? null : readJson(file, zip, entry);
        if (list == null || !list.isArray()) {
            throw damagedPart(file, name);
        }
        return list;
    }

    private static JsonNode readJson(Path file, ZipFile zip, ZipEntry entry) throws StoreException {
        try (InputStream in = zip.getInputStream(entry)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "archive.damagedPart", file, entry.getName());
        }
    }

    /** Reads every plan once and holds the counts against the manifest's. */
    private void checkPlans() throws StoreException {
        int[] phases = {0};
        int[] tasks = {0};
        forEachPlan(plan -> {
            tasks[0] += plan.taskCount();
            for (Phase phase : plan.phases()) {
                phases[0] += 1 + phase.subPhases().size();
            }
        });
        checkWritten(new Counts(plans.size(), phases[0], tasks[0], units.size(), calendarEdits.size()));
    }

    @Override
    public List<Unit> units() {
        return units;
    }

    @Override
    public List<CalendarEdit> calendarEdits() {
        return calendarEdits;
    }

    @Override
    public <E extends Exception> void forEachPlan(PlanAction<E> action) throws StoreException, E {
        for (ZipEntry entry : plans) {
            action.accept(readPlan(entry));
        }
    }

    private Plan readPlan(ZipEntry entry) throws StoreException {
        Plan plan;
        try (InputStream in = zip.getInputStream(entry)) {
            plan = PLAN_JSON.read(in);
        } catch (PlanJsonException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "archive.badPlan", file, entry.getName(), e.getMessage());
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.BACKUP, e, "archive.damagedPart", file, entry.getName());
        }
        PlanLimits.Violation beyond = PlanLimits.check(plan);
        if (beyond != null) {
            throw new StoreException(StoreException.Reason.BACKUP, "archive.badPlan", file, entry.getName(), beyond.message());
        }
        return plan;
    }

    /** What was read or restored must be what the manifest counted: anything else is an archive cut short or altered. */
    @Override
    public void checkWritten(Counts written) throws StoreException {
        if (!written.equals(counts)) {
            throw new StoreException(StoreException.Reason.BACKUP, "archive.countsDiffer", file, counts.plans(), counts.tasks(),
                    written.plans(), written.tasks());
        }
    }

    /** The store it was made from, as the user named it. */
    public String source() {
        return source;
    }

    public LocalDateTime madeOn() {
        return madeOn;
    }

    /**
     * Replaces the data of the store at {@code target} with the archive's, in one transaction: all
     * of it or, whatever fails, none. The target's data is first saved as its backups are
     * ({@link Backups}), so a restore can itself be undone.
     */
    public Restored restoreInto(StoreLocation target) throws StoreException {
        try (Store store = Store.open(target)) {
            Path previous = StoreSnapshot.read(store, Counts::of).equals(Counts.NONE) ? null : store.backups().backupBeforeRestore();
            return new Restored(StoreMigration.replace(this, store), previous);
        }
    }

    /** Writes the store's data, as of one moment, into {@code file} (a temporary file the caller moves into place). */
    static Counts write(Store store, Path file) throws StoreException, IOException {
        return StoreSnapshot.read(store, snapshot -> {
            Counts counts = Counts.of(snapshot);
            OfficeData data = StoreMigration.read(snapshot);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, MANIFEST, manifest(store.location(), counts));
                put(zip, UNITS, unitsJson(data.units()));
                put(zip, CALENDAR, calendarJson(data.calendarEdits()));
                int[] number = {0};
                data.forEachPlan(plan -> {
                    zip.putNextEntry(new ZipEntry(PLANS + String.format("%06d.json", ++number[0])));
                    PLAN_JSON.write(plan, zip);
                    zip.closeEntry();
                });
            }
            return counts;
        });
    }

    private static ObjectNode manifest(StoreLocation source, Counts counts) {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", FORMAT);
        m.put("version", FORMAT_VERSION);
        m.put("source", source.toString());
        m.put("made_on", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("plans", counts.plans());
        m.put("phases", counts.phases());
        m.put("tasks", counts.tasks());
        m.put("units", counts.units());
        m.put("calendar_edits", counts.calendarEdits());
        return m;
    }

    private static ArrayNode unitsJson(List<Unit> units) {
        ArrayNode list = JSON.createArrayNode();
        for (Unit unit : units) {
            ObjectNode u = list.addObject();
            u.put("id", unit.id());
            u.put("full_name", unit.fullName());
            u.put("short_name", unit.shortName());
            u.put("kind", unit.kind().name());
            u.put("parent", unit.parentId());
            u.put("active", unit.active());
        }
        return list;
    }

    private static ArrayNode calendarJson(List<CalendarEdit> edits) {
        ArrayNode list = JSON.createArrayNode();
        for (CalendarEdit edit : edits) {
            list.addObject().put("day", edit.day().toString()).put("kind", edit.kind().name()).put("note", edit.note());
        }
        return list;
    }

    private static void put(ZipOutputStream zip, String name, JsonNode json) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        JSON.writerWithDefaultPrettyPrinter().writeValue(zip, json);
        zip.closeEntry();
    }

    private static StoreException damagedPart(Path file, String part) {
        return new StoreException(StoreException.Reason.BACKUP, "archive.damagedPart", file, part);
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // only read from: nothing is lost
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
