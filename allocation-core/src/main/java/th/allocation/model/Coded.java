package th.allocation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parsing of the closed vocabularies of the school table (area types, school kinds): the canonical
 * English key, or a Thai name as it appears in OBEC spreadsheet exports, case-insensitively.
 */
final class Coded {
    private Coded() {}

    static <E extends Enum<E>> Optional<E> parse(String text, E[] values, KeyOf<E> key, KeyOf<E> thai) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E value : values) {
            if (key.of(value).equals(wanted)) {
                return Optional.of(value);
            }
            for (String alias : thai.of(value).split("\\|")) {
                if (alias.equals(text.trim())) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> List<String> keys(E[] values, KeyOf<E> key) {
        List<String> keys = new ArrayList<>();
        for (E value : values) {
            keys.add(key.of(value));
        }
        return List.copyOf(keys);
    }

    interface KeyOf<E> {
        String of(E value);
    }
}
