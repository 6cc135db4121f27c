package th.allocation.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.ScenarioReader;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.scenario.Scenario;

/**
 * The data the benchmarks run on: the synthetic Thailand of {@code alloc generate} at any size, and
 * the bundled national scenarios, with the budget set to what the status quo gives those schools so
 * that the scenario stays feasible at every size.
 */
final class NationalData {
    /** The bundled needs-weighted scenario, relative to the repository root. */
    static final Path NEEDS_WEIGHTED = Path.of("examples", "thailand", "needs-weighted.yaml");

    private NationalData() {}

    /** The synthetic schools, seed 2565, of the given count. */
    static SchoolTable schools(int count) {
        SchoolTable.Builder builder = SchoolTable.builder("generated");
        SchoolGenerator.national().withSchools(count).forEach(builder::add);
        return builder.build();
    }

    /** The bundled needs-weighted scenario with the status-quo total of {@code schools} as its budget. */
    static Scenario needsWeighted(SchoolTable schools) {
        // From the repository root (the benchmark jar) or from the benchmarks module (its tests).
        Path file = Files.exists(NEEDS_WEIGHTED) ? NEEDS_WEIGHTED : Path.of("..").resolve(NEEDS_WEIGHTED);
        if (!Files.exists(file)) {
            throw new IllegalStateException("Run the benchmarks from the repository root: " + NEEDS_WEIGHTED
                    + " is missing.");
        }
        long statusQuo = new FlatPerHead(LevelAmounts.FY2567).evaluate(schools).grandTotal();
        BigDecimal budget = Baht.toBaht(statusQuo).setScale(0, java.math.RoundingMode.DOWN);
        return ScenarioReader.read(file).withBudget(budget);
    }

    /** The status quo: flat per head at the FY2567 rates, no budget. */
    static Scenario statusQuo(Scenario like) {
        return like.withBudget(null).withRule(new FlatPerHead(LevelAmounts.FY2567)).withBounds(null, null);
    }
}
