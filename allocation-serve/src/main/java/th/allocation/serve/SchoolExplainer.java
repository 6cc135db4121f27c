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
package th.allocation.serve;

import java.util.List;
import java.util.Optional;
import th.allocation.result.AllocationResult;

/**
 * Explains one school's allocation in words, for the workbench's school search: the place where the
 * engine's explanation of a school is plugged in. Until one is given ({@link WorkbenchOptions#withExplainer}),
 * the page shows the school's exact breakdown (components, floor or cap, rounding) and says that the
 * explanation in words is not available.
 */
@FunctionalInterface
public interface SchoolExplainer {
    /** No explanation in words: the page says so. */
    SchoolExplainer NONE = (result, school, language) -> Optional.empty();

    /**
     * The explanation of school {@code school} (its row in {@code result.schools()}) of {@code result},
     * one paragraph per element, in {@code language} ({@code en} or {@code th}); empty if there is none.
     */
    Optional<List<String>> explain(AllocationResult result, int school, String language);
}
