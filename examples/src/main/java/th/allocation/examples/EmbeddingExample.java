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
package th.allocation.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;

/**
 * How another system embeds the engine, using only its public API: load a scenario (the engine reads
 * the school file it names), ask a what-if, allocate, and read the result. Run it with
 *
 * <pre>java -cp examples/target/classes:allocation-core/target/... th.allocation.examples.EmbeddingExample
 *     examples/small/needs-weighted.yaml</pre>
 *
 * or through the test that keeps it working ({@code EmbeddingExampleTest}).
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    /** Prints each school's allocation and the total for the scenario file given as the argument. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: EmbeddingExample SCENARIO_FILE");
            System.exit(2);
        }
        report(Path.of(args[0])).forEach(System.out::println);
    }

    /** One line per school ("id<TAB>allocation<TAB>bound") and a last line with the total. */
    public static List<String> report(Path scenarioFile) {
        AllocationEngine engine = AllocationEngine.load(scenarioFile);

        // A what-if an embedding system might ask: the same rule with 5% more money.
        BigDecimal budget = engine.scenario().budget();
        if (budget != null) {
            BigDecimal more = budget.multiply(new BigDecimal("1.05")).setScale(0, RoundingMode.DOWN);
            engine = engine.withParameter("budget", more);
        }
        AllocationResult result = engine.allocate();

        SchoolTable schools = result.schools();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            lines.add(schools.id(i) + "\t" + Baht.format(result.allocation(i)) + "\t"
                    + result.bound(i).key());
        }
        lines.add("total\t" + Baht.format(result.total()));
        return lines;
    }
}
