package vn.plandesk.gui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import vn.plandesk.logic.text.NumericDate;

/** The text of the window's choice boxes and date pickers, the same in every view. */
public final class Converters {
    /** "5/7/2024" as well as "05/07/2024"; strict, so 31/02 is not a date. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Converters() {
    }

    /** Each choice as {@code text} words it, none as empty; choices are picked, never typed. */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return showing(text, "");
    }

    /** As {@link #showing(Function)}, with {@code none} shown for no choice ("Tất cả"). */
    public static <T> StringConverter<T> showing(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    /**
     * A date picker's text: shown dd/MM/yyyy, typed with or without leading zeros. Text that is no
     * date gives what {@code unreadable} says (the date as it was, or none), never an error.
     */
    public static StringConverter<LocalDate> dates(Supplier<LocalDate> unreadable) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : NumericDate.FORMAT.format(date);
            }

            @Override
            public LocalDate fromString(String typed) {
                if (typed == null || typed.isBlank()) {
                    return null;
                }
                LocalDate date = typedDate(typed);
                return date != null ? date : unreadable.get();
            }
        };
    }

    /** The date typed ("5/7/2024", "05/07/2024"), or null when it is blank or no date. */
    public static LocalDate typedDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), TYPED_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
