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
package th.allocation.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence of an {@link Explanation}: a text key and its arguments, the same in every language.
 * An argument is either a value written out as it stands (a number already formatted by {@link
 * ExplainNumbers}, a name from the data) or a term, the key of a word that is translated (an area
 * type, a bound). A key starting with {@code h.} is a heading.
 *
 * @param key the key of the sentence's text, e.g. {@code component.base}
 * @param args its arguments, in order
 */
public record Step(String key, List<Arg> args) {
    /**
     * An argument of a step.
     *
     * @param name the placeholder it fills, e.g. {@code rate}
     * @param value the text, or for a term the key of the translated word
     * @param term whether {@code value} is the key of a word to translate
     */
    public record Arg(String name, String value, boolean term) {
        /** Checks that neither text is null. */
        public Arg {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Copies the arguments. */
    public Step {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** Whether this step is a heading of a part of the explanation. */
    public boolean heading() {
        return key.startsWith("h.");
    }

    /** The value of the argument {@code name}, if the step has it (for a term, its key). */
    public Optional<String> arg(String name) {
        for (Arg arg : args) {
            if (arg.name().equals(name)) {
                return Optional.of(arg.value());
            }
        }
        return Optional.empty();
    }

    /** The sentence in the language of {@code locale}: Thai for {@code th}, English otherwise. */
    public String text(Locale locale) {
        return ExplanationText.render(this, locale);
    }

    /**
     * A canonical one-line form, {@code key(name=value, name=@term)}, that two renderers of the same
     * explanation (the library and the report's page) can be compared by.
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(args.size());
        for (Arg arg : args) {
            parts.add(arg.name() + "=" + (arg.term() ? "@" : "") + arg.value());
        }
        return key + "(" + String.join(", ", parts) + ")";
    }
}
