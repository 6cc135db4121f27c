/*
 * Copyright 2026 The Thai basic-education allocation engine authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
