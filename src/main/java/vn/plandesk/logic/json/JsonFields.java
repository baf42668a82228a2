package vn.plandesk.logic.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lenient reading of one field of a plan file. A missing key and a JSON null mean "not given";
 * a value of the wrong shape is refused with the field's path ("phases[2].tasks[0].due") so the
 * user can find it.
 */
final class JsonFields {

    /** Longest piece of a wrong value quoted back in a message. */
    private static final int QUOTE_LIMIT = 60;

    private JsonFields() {
    }

    /** "phases[2]" + "title" → "phases[2].title"; the root's fields have no prefix. */
    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    static boolean given(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    /** A scalar as text (a number written without quotes is still read); null when not given. */
    static String text(JsonNode object, String field, String path) throws PlanJsonException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw badValue(at(path, field), value);
        }
        return value.asText();
    }

    /** An ISO yyyy-mm-dd date; null when not given or blank. "2019-02-30" and "25/02/2019" are refused. */
    static LocalDate date(JsonNode object, String field, String path) throws PlanJsonException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new PlanJsonException("json.badDate", at(path, field), value.toString());
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: 30 February is refused, not moved to 2 March.
            return LocalDate.parse(value.asText().strip());
        } catch (DateTimeParseException e) {
            throw new PlanJsonException(e, "json.badDate", at(path, field), value.asText());
        }
    }

    /** A whole number; {@code absent} when not given. */
    static int integer(JsonNode object, String field, String path, int absent) throws PlanJsonException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw badValue(at(path, field), value);
        }
        return value.asInt();
    }

    /** The items of a list; empty when not given. */
    static List<JsonNode> list(JsonNode object, String field, String path) throws PlanJsonException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new PlanJsonException("json.notAList", at(path, field));
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** A list of texts, blank entries left out. */
    static List<String> texts(JsonNode object, String field, String path) throws PlanJsonException {
        List<String> texts = new ArrayList<>();
        List<JsonNode> items = list(object, field, path);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isValueNode()) {
                throw badValue(at(at(path, field), i), item);
            }
            if (!item.isNull() && !item.asText().isBlank()) {
                texts.add(item.asText());
            }
        }
        return texts;
    }

    /** The node itself, which must be an object (an item of "phases", the "signer" ...). */
    static JsonNode object(JsonNode node, String path) throws PlanJsonException {
        if (!node.isObject()) {
            throw badValue(path, node);
        }
        return node;
    }

    /** "part_of_month" → PART_OF_MONTH; null for a word we do not know. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String word) {
        String name = word.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    static String enumWord(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static PlanJsonException badValue(String path, JsonNode value) {
        String written = value.toString();
        return new PlanJsonException("json.badValue", path,
                written.length() <= QUOTE_LIMIT ? written : written.substring(0, QUOTE_LIMIT) + "…");
    }
}
