package vn.plandesk.logic.importer.source;

import java.util.ArrayList;
import java.util.List;

/** Converting a whole document's blocks when its text reads as a legacy encoding. */
final class Blocks {

    private Blocks() {
    }

    /**
     * The document with its text converted when it looks legacy-encoded although no run named a
     * legacy font (fonts lost in a copy, or an old file saved again); {@code seen} is the
     * encoding already converted run by run, if any.
     */
    static SourceDocument convertIfLegacy(String name, List<SourceDocument.Block> blocks, boolean linesBroken,
                                          LegacyEncoding seen) {
        StringBuilder all = new StringBuilder();
        for (SourceDocument.Block block : blocks) {
            if (block instanceof SourceDocument.Paragraph p) {
                all.append(p.text()).append('\n');
            } else if (block instanceof SourceDocument.Table t) {
                t.rows().forEach(r -> all.append(String.join(" ", r)).append('\n'));
            }
        }
        LegacyEncoding guessed = LegacyEncoding.guess(all.toString());
        if (guessed == null) {
            return new SourceDocument(name, blocks, linesBroken, seen);
        }
        List<SourceDocument.Block> converted = new ArrayList<>();
        for (SourceDocument.Block block : blocks) {
            if (block instanceof SourceDocument.Paragraph p) {
                converted.add(new SourceDocument.Paragraph(guessed.toUnicode(p.text())));
            } else if (block instanceof SourceDocument.Table t) {
                converted.add(new SourceDocument.Table(t.rows().stream()
                        .map(r -> r.stream().map(guessed::toUnicode).toList()).toList()));
            }
        }
        return new SourceDocument(name, converted, linesBroken, guessed);
    }
}
