package vn.plandesk.logic.importer.source;

import java.util.List;

/**
 * What a document source gives the plan reader: its blocks in document order. {@code linesBroken}
 * says that a block is one line of a text file, which may end anywhere in a sentence (or a date);
 * Word paragraphs are whole. {@code convertedFrom} names the legacy encoding the text was converted
 * from, or is null.
 */
public record SourceDocument(String name, List<Block> blocks, boolean linesBroken, LegacyEncoding convertedFrom) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph or a table of the document. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** One paragraph (or one line of a text file). */
    public record Paragraph(String text) implements Block {
    }

    /** A table as rows of cell texts; a cell's paragraphs are joined with line breaks. */
    public record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Whether any block has text other than white space. */
    public boolean hasText() {
        for (Block block : blocks) {
            if (block instanceof Paragraph p && !p.text().isBlank()) {
                return true;
            }
            if (block instanceof Table t && t.rows().stream().flatMap(List::stream).anyMatch(c -> !c.isBlank())) {
                return true;
            }
        }
        return false;
    }
}
