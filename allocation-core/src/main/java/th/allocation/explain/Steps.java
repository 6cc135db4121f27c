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

/** Collects the steps of an explanation as they are written. */
final class Steps {
    /** An argument that is a term: the key of a word translated when the step is rendered. */
    record Term(String key) {}

    private final List<Step> steps = new ArrayList<>();

    static Term term(String key) {
        return new Term(key);
    }

    /**
     * Adds the step {@code key} with arguments given as name, value, name, value...: a value is a
     * {@link String} written as it stands, a {@link Term}, or {@code null} for an argument the step
     * lacks (its optional part is then left out).
     */
    Steps add(String key, Object... namesAndValues) {
        List<Step.Arg> args = new ArrayList<>(namesAndValues.length / 2);
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
            String name = (String) namesAndValues[k];
            Object value = namesAndValues[k + 1];
            if (value instanceof Term term) {
                args.add(new Step.Arg(name, term.key(), true));
            } else if (value != null) {
                args.add(new Step.Arg(name, (String) value, false));
            }
        }
        steps.add(new Step(key, args));
        return this;
    }

    List<Step> list() {
        return List.copyOf(steps);
    }
}
