package vn.plandesk.logic.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import vn.plandesk.logic.store.PlanLimits;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.plandesk.logic.time.TimeExpressionParser;
import vn.plandesk.model.Plan;

/**
 * Reads and writes plan files (shared/reference/plan-json.md): pretty-printed UTF-8 JSON, text in
 * NFC, dates ISO yyyy-mm-dd or null.
 *
 * <p>Keys, in order: source, doc_type, status ("draft", "issued", "finished"), number,
 * governing_body, issuer, place, issued_on, title, legal_bases [text], sections [{heading, body}],
 * signer {authority, position, name}, recipients [line], phases, deadlines [{phrase, start, end}],
 * units [name], notes. A phase: label, title, phrase, start, end, kind, recurrence, flags, target,
 * focal_unit, tasks, sub_phases (phases one level down). A task: label, content, phrase, due,
 * deadline_start, kind, recurrence, flags, lead [name], support [name], start, deliverable,
 * percent_done, completed_on, notes, extensions [{phrase, start, end, kind, ..., granted_on, reason}].
 * How time phrases are read is told in {@link TimeJson}.
 *
 * <p>"units" is written from {@link Plan#involvedUnits()}; on reading, its names that no task or
 * focal unit uses become the plan's participants. "deadlines" is written from the plan's source
 * deadlines, or when it has none from the dated times of its phases and tasks.
 *
 * <p>Reading is lenient (unknown keys and unknown words are ignored) but refuses what is not a
 * plan with a {@link PlanJsonException} carrying a message key. Instances are immutable and can be
 * shared between threads.
 */
public final class PlanJson {

    /** Larger files are refused before they fill the memory: real plans are far below 1 MB. */
    static final long MAX_SIZE = 50L * 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final PlanReader reader;
    private final long maxSize;

    /** Reads time phrases without dates with the program's time-expression parser. */
    public PlanJson() {
        this(new TimeExpressionParser()::parse, MAX_SIZE);
    }

    PlanJson(TimeJson.PhraseParser parser, long maxSize) {
        this.maxSize = maxSize;
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(maxSize)
                // A single long text (the notes) may use the whole allowance; Jackson's default stops at 20 M chars.
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxSize))
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                // The caller owns the stream or writer it hands over; it closes it.
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.writer = mapper.writer(prettyPrinter());
        this.reader = new PlanReader(parser);
    }

    /** Two-space indents, "key": value, one list item per line, [] for an empty list: as the samples. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    public Plan read(String json) throws PlanJsonException {
        return read(new StringReader(json));
    }

    public Plan read(Path file) throws PlanJsonException {
        try {
            if (Files.size(file) > maxSize) {
                throw tooLarge();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new PlanJsonException(e, "json.fileError", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Reads UTF-8 (or UTF-16/32, detected) bytes; the stream is left open. */
    public Plan read(InputStream in) throws PlanJsonException {
        return reader.read(tree(() -> mapper.readTree(in)));
    }

    /** Reads the characters; the reader is left open. A leading byte-order mark is skipped. */
    public Plan read(Reader in) throws PlanJsonException {
        return reader.read(tree(() -> mapper.readTree(withoutByteOrderMark(in))));
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader pushback = new PushbackReader(in, 1);
        int first = pushback.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }

    @FunctionalInterface
    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private JsonNode tree(TreeSource source) throws PlanJsonException {
        JsonNode root;
        try {
            root = source.read();
        } catch (StreamConstraintsException e) {
            throw tooLarge();
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new PlanJsonException(e, "json.notJson", line, column);
        } catch (IOException e) {
            throw new PlanJsonException(e, "json.ioError", String.valueOf(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new PlanJsonException("json.empty");
        }
        checkCounts(root);
        return root;
    }

    /**
     * Counts the phases and tasks before any of them is read: a file of 100,000 phases is refused at
     * once instead of taking seconds and gigabytes to become a plan the store refuses anyway.
     */
    private static void checkCounts(JsonNode root) throws PlanJsonException {
        long phases = 0;
        long tasks = 0;
        for (JsonNode phase : root.path("phases")) {
            phases++;
            tasks += phase.path("tasks").size();
            for (JsonNode sub : phase.path("sub_phases")) {
                phases++;
                tasks += sub.path("tasks").size();
            }
        }
        if (phases > PlanLimits.MAX_PHASES) {
            throw new PlanJsonException("json.tooManyPhases", phases, PlanLimits.MAX_PHASES);
        }
        if (tasks > PlanLimits.MAX_TASKS) {
            throw new PlanJsonException("json.tooManyTasks", tasks, PlanLimits.MAX_TASKS);
        }
    }

    private PlanJsonException tooLarge() {
        return new PlanJsonException("json.tooLarge", maxSize / (1024 * 1024));
    }

    /** Writes the plan as UTF-8 JSON; the stream is flushed and left open. */
    public void write(Plan plan, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(plan, text);
        text.flush();
    }

    /** Writes the plan as JSON text, ending with a line break; the writer is left open. */
    public void write(Plan plan, Writer out) throws IOException {
        writer.writeValue(out, PlanWriter.write(plan));
        out.write('\n');
    }

    public String write(Plan plan) {
        StringWriter out = new StringWriter();
        try {
            write(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }
}
