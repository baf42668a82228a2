package vn.plandesk.cli;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.i18n.Messages;

/**
 * {@code --format}: an export format as typed ("docx"), among those a command writes. picocli reads
 * the value through {@link #convert} and lists the choices in the help from {@link #iterator}.
 */
abstract class FormatChoice implements CommandLine.ITypeConverter<ExportFormat>, Iterable<String> {
    private final Set<ExportFormat> formats;

    FormatChoice(Set<ExportFormat> formats) {
        this.formats = formats;
    }

    /** The formats a plan is written in. */
    static final class OfPlan extends FormatChoice {
        OfPlan() {
            super(ExportSubject.PLAN_FORMATS);
        }
    }

    /** The formats a unit's tasks are written in. */
    static final class OfUnit extends FormatChoice {
        OfUnit() {
            super(ExportSubject.UNIT_FORMATS);
        }
    }

    /** The formats the report on tasks carried out is written in. */
    static final class OfReport extends FormatChoice {
        OfReport() {
            super(ExportSubject.REPORT_FORMATS);
        }
    }

    /** The formats urging letters are written in. */
    static final class OfLetters extends FormatChoice {
        OfLetters() {
            super(ExportSubject.LETTER_FORMATS);
        }
    }

    /** "pdf", as typed and as the messages name it. */
    static String typed(ExportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public ExportFormat convert(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return formats.stream().filter(f -> typed(f).equals(wanted)).findFirst()
                .orElseThrow(() -> new UsageErrors.BadValue(
                        Messages.get("export.badFormat", value, String.join(", ", this))));
    }

    @Override
    public Iterator<String> iterator() {
        return formats.stream().map(FormatChoice::typed).iterator();
    }
}
