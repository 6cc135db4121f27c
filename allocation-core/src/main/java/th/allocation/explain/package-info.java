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
/**
 * Why a school gets what it gets: the allocation of one school under one result, in words and
 * numbers, in English or Thai.
 *
 * <pre>{@code
 * AllocationResult result = AllocationEngine.load(scenarioFile).allocate();
 * Explanation why = Explanation.of(result, "1270010057");
 * System.out.print(why.text(Locale.forLanguageTag("th")));  // or Locale.ENGLISH
 * long satang = why.allocation();                            // the same as allocations.csv
 * }</pre>
 *
 * <p>An {@link th.allocation.explain.Explanation} is a value: the school's figures (each component
 * as the scenario states it and as allocated, the need, the scale factor, the floor and cap and which
 * bound, the rounding, the money for each indicator target, the units above the school in a
 * decentralised allocation) and a list of {@link th.allocation.explain.Step}s, one sentence each, with
 * language-neutral arguments. Every figure is the result's own, so it agrees with
 * {@code allocations.csv} to the satang. {@link th.allocation.explain.ExplainNumbers} says how numbers
 * are written, for renderers elsewhere (the HTML report draws the same sentences in the browser).
 *
 * <p>In the layering (docs/design.md) it sits on the floor of {@code compare} and {@code sweep}: above
 * the engine and the result types, below the writers, which render explanations as JSON and in the
 * report. Public API: {@code Explanation}, {@code Step}, {@code ExplainNumbers}; how the sentences are
 * built is package-private.
 */
package th.allocation.explain;
