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
package th.allocation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InfeasibleException;

/** An infeasible scenario's message names the likely unit slips that may explain it. */
class AllocationEngineHintsTest {
    private static final Path SMALL = Path.of("..", "examples", "small");

    /** examples/small with caps at 1.5 % instead of 150 %, no hold-harmless floor, every school capped. */
    private static Path capsAsAFraction(Path dir) throws IOException {
        String scenario = Files.readString(SMALL.resolve("needs-weighted.yaml"))
                .replace("  percent_of_previous: 100\n", "")
                .replace("percent_of_previous: 150", "percent_of_previous: 1.5");
        Files.writeString(dir.resolve("needs-weighted.yaml"), scenario);
        // The one school without a previous allocation would have no cap and take the rest.
        String schools =
                Files.readString(SMALL.resolve("schools.csv")).replace(",0,0,0,30,,0.35", ",0,0,0,30,100000,0.35");
        Files.writeString(dir.resolve("schools.csv"), schools);
        return dir.resolve("needs-weighted.yaml");
    }

    @Test
    void allocate_infeasibleWithCapsWrittenAsAFraction_saysWhat150WouldBe(@TempDir Path dir) throws IOException {
        AllocationEngine engine = AllocationEngine.load(capsAsAFraction(dir));

        InfeasibleException e = assertThrows(InfeasibleException.class, engine::allocate);

        assertTrue(e.getMessage().startsWith("Caps allow at most"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("\nMaybe: " + dir.resolve("needs-weighted.yaml") + ":37:3:"
                                + " caps.percent_of_previous: 1.5 caps each school at 1.5 % of its previous allocation."
                                + " Percentages are written in percent: if 150 % was meant, write 150."),
                e.getMessage());
        assertEquals(1, engine.hints().size());
    }

    @Test
    void hints_areDroppedWhenTheScenarioChanges(@TempDir Path dir) throws IOException {
        AllocationEngine engine = AllocationEngine.load(capsAsAFraction(dir));

        assertEquals(
                List.of(),
                engine.withParameter("budget", java.math.BigDecimal.TEN).hints());
        assertEquals(1, engine.withScenario(engine.scenario()).hints().size());
    }
}
