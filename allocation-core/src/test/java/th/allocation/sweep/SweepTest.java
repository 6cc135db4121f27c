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
package th.allocation.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.AreaType;
import th.allocation.model.SchoolTable;
import th.allocation.output.SweepWriter;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.PerPupilSample;
import th.allocation.scenario.Scenario;
import th.allocation.testing.SmallExample;

/** Sweeps over the small example's needs-weighted scenario (remote weight 1.2, poor loading 3,000). */
class SweepTest {
    private static Scenario needsWeighted;
    private static SchoolTable schools;

    @BeforeAll
    static void read() {
        needsWeighted = SmallExample.scenario(SmallExample.NEEDS_WEIGHTED);
        schools = SmallExample.schools();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void grid_listsEveryCombination_firstAxisSlowest() {
        Sweep sweep = Sweep.grid(
                needsWeighted,
                List.of(Axis.parse("rule.weights.remote=1.0:1.2:0.1"), Axis.parse("rule.loadings.poor=0:2000:1000")));

        assertEquals(9, sweep.size(), "3 remote weights x 3 loadings");
        assertEquals(List.of(d("1.0"), d("0")), sweep.values(1));
        assertEquals(List.of(d("1.0"), d("1000")), sweep.values(2));
        assertEquals(List.of(d("1.1"), d("0")), sweep.values(4));
        assertEquals(List.of(d("1.2"), d("2000")), sweep.values(9));
        assertEquals(List.of("rule.weights.remote", "rule.loadings.poor"), sweep.paths());
    }

    @Test
    void axis_valuesAreExactDecimals_upToTo() {
        // 1.0 + 10 x 0.1 is exactly 2.0 in decimal arithmetic (in binary it would drift past it).
        assertEquals(11, Axis.parse("p=1.0:2.0:0.1").values().size());
        assertEquals(d("2.0"), Axis.parse("p=1.0:2.0:0.1").values().get(10));
        assertEquals(List.of(d("0"), d("2500")), Axis.parse("p=0:4000:2500").values(), "TO not on a step");
    }

    @Test
    void run_rowOfTheBaseValues_isTheBaseScenariosAllocation() {
        Sweep sweep = Sweep.grid(
                needsWeighted,
                List.of(
                        Axis.parse("rule.weights.remote=1.1:1.3:0.1"),
                        Axis.parse("rule.loadings.poor=2000:4000:1000")));

        SweepRow row = sweep.run(schools, 2, (done, total) -> {}).rows().get(4);

        // Variant 5 is the middle of the 3 x 3 grid: remote 1.2, poor 3000, the scenario's own values.
        assertEquals(List.of(d("1.2"), d("3000")), row.values());
        AllocationResult base = AllocationEngine.allocate(needsWeighted, schools);
        assertEquals(SweepStatus.OK, row.status());
        assertEquals(1_590_505_200L, row.total(), "the budget, 15,905,052 THB, in satang");
        assertEquals(base.scale(), row.scale(), 0.0);
        assertEquals(PerPupilSample.of(base).statistics(1.0), row.equity());
        // examples/small/README.md: capital schools 10001 and 10002 get 1,140,000 + 5,810,000 for 2,200 pupils.
        assertEquals(d("3159.09"), row.perPupil(AreaType.CAPITAL).orElseThrow());
        // README: 10001, 20001 at min_per_pupil; 10002, 20002, 20004 hold harmless; 4 capped.
        assertEquals(
                List.of(2L, 3L, 4L),
                List.of(
                        row.bounds().get(Bound.MIN_PER_PUPIL),
                        row.bounds().get(Bound.HOLD_HARMLESS),
                        row.bounds().get(Bound.CAP)));
    }

    @Test
    void run_invalidAndInfeasibleVariants_areRowsWithTheirReason_andTheSweepGoesOn() {
        Sweep sweep = Sweep.grid(
                needsWeighted,
                List.of(
                        Axis.parse("rule.weights.remote=0.8:1.2:0.4"),
                        Axis.parse("floors.min_per_pupil=1900:3500:1600")));

        List<SweepRow> rows = sweep.run(schools, 2, (done, total) -> {}).rows();

        assertEquals(
                List.of(SweepStatus.INVALID, SweepStatus.INVALID, SweepStatus.OK, SweepStatus.INFEASIBLE),
                rows.stream().map(SweepRow::status).toList());
        // A remote weight below 1 would lower the need of remote schools: rejected by the rule.
        assertTrue(
                rows.get(0).reason().contains("Weight 'remote' must be a finite number of at least 1.0 (0.8)"),
                rows.get(0).reason());
        // Floors: 3,500 THB x 4,982 pupils = 17,437,000 THB, plus where last year's allocation is higher
        // (README table): 10002 5,810,000 - 5,600,000, 20004 2,610,000 - 2,520,000, 30002 1,810,000 -
        // 1,750,000; 17,437,000 + 210,000 + 90,000 + 60,000 = 17,797,000 > the budget of 15,905,052 THB.
        assertTrue(
                rows.get(3).reason().startsWith("Floors add up to 17,797,000 THB but the budget is 15,905,052 THB"),
                rows.get(3).reason());
        assertEquals(null, rows.get(3).equity());
    }

    @Test
    void run_sameRowsAndBytes_whateverTheNumberOfThreads(@TempDir Path dir) throws IOException {
        Sweep sweep = Sweep.grid(
                needsWeighted,
                List.of(
                        Axis.parse("rule.weights.remote=0.9:2.0:0.1"),
                        Axis.parse("rule.loadings.poor=0:6000:1500"),
                        Axis.parse("floors.min_per_pupil=1900:3300:700")));
        assertEquals(12 * 5 * 3, sweep.size());

        SweepResult one = sweep.run(schools, 1, (done, total) -> {});
        SweepResult two = sweep.run(schools, 2, (done, total) -> {});
        SweepResult five = sweep.run(schools, 5, (done, total) -> {});

        assertEquals(one.rows(), two.rows());
        assertEquals(one.rows(), five.rows());
        assertTrue(
                one.count(SweepStatus.OK) > 0
                        && one.count(SweepStatus.INVALID) > 0
                        && one.count(SweepStatus.INFEASIBLE) > 0,
                "the grid has rows of every status");
        SweepWriter.write(one, List.of(), dir.resolve("one"));
        SweepWriter.write(two, List.of(), dir.resolve("two"));
        for (String file : List.of(SweepWriter.SWEEP, SweepWriter.SUMMARY)) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("one").resolve(file)),
                    Files.readAllBytes(dir.resolve("two").resolve(file)),
                    file);
        }
    }

    @Test
    void run_everyRow_isAColdAllocationsTotalScaleAndEquity_toTheBit() {
        Sweep sweep = coldCheckGrid();
        // One thread: each variant's per-pupil amounts are sorted from the last variant's order.
        assertEveryRowCold(sweep, sweep.run(schools, 1, (done, total) -> {}).rows());
    }

    @Test
    void run_twoThreadsTakingRunsOfNeighbours_everyRowIsAColdAllocations_toTheBit() {
        Sweep sweep = coldCheckGrid();
        // Two threads, each reusing its last variant within the runs it takes and across them.
        assertEveryRowCold(sweep, sweep.run(schools, 2, (done, total) -> {}).rows());
    }

    @Test
    void chunks_handOutEveryVariantOnce_inRunsOfNeighbours_shrinkingToTheShortest() {
        SweepRunner.Chunks chunks = new SweepRunner.Chunks(1000, 2);
        List<Integer> lengths = new ArrayList<>();
        int expected = 1;
        for (long run = chunks.next(); run >= 0; run = chunks.next()) {
            int from = (int) (run >>> 32);
            int to = (int) run;
            assertEquals(expected, from, "runs follow one another");
            lengths.add(to - from);
            expected = to;
        }
        assertEquals(1001, expected, "every variant handed out once");
        assertEquals(-1, chunks.next());
        assertEquals(250, lengths.get(0), "a quarter of the variants first (2 threads)");
        for (int k = 1; k < lengths.size(); k++) {
            assertTrue(lengths.get(k) <= lengths.get(k - 1), "shrinking: " + lengths);
            assertTrue(k == lengths.size() - 1 || lengths.get(k) >= SweepRunner.Chunks.SHORTEST, "" + lengths);
        }
        assertTrue(lengths.size() > 10, "" + lengths);
        SweepRunner.Chunks few = new SweepRunner.Chunks(3, 4);
        assertEquals(1L << 32 | 4, few.next());
        assertEquals(-1, few.next());
    }

    /** A grid of 345 variants, some invalid or infeasible, to compare with cold allocations. */
    private static Sweep coldCheckGrid() {
        return Sweep.grid(
                needsWeighted,
                List.of(
                        Axis.parse("rule.weights.remote=0.9:2.0:0.05"),
                        Axis.parse("rule.loadings.poor=0:6000:1500"),
                        Axis.parse("floors.min_per_pupil=1900:3300:700")));
    }

    /** Each allocated row's total, scale and equity are those of its variant allocated cold, to the bit. */
    private static void assertEveryRowCold(Sweep sweep, List<SweepRow> rows) {
        int ok = 0;
        for (SweepRow row : rows) {
            if (!row.isOk()) {
                continue;
            }
            AllocationResult cold = AllocationEngine.allocate(sweep.scenario(row.variant()), schools);
            assertEquals(cold.total(), row.total(), "total, variant " + row.variant());
            assertEquals(
                    Double.doubleToRawLongBits(cold.scale()),
                    Double.doubleToRawLongBits(row.scale()),
                    "scale, variant " + row.variant());
            // Record equality compares each double with Double.compare: to the bit.
            assertEquals(PerPupilSample.of(cold).statistics(1.0), row.equity(), "equity, variant " + row.variant());
            ok++;
        }
        assertTrue(ok > 100, ok + " variants allocated");
    }

    @Test
    void run_reportsProgressOnTheCallingThread_fromOneToTotal() {
        Sweep sweep = Sweep.grid(needsWeighted, List.of(Axis.parse("rule.loadings.poor=0:9000:1000")));
        Thread caller = Thread.currentThread();
        List<Integer> seen = new ArrayList<>();

        sweep.run(schools, 2, (done, total) -> {
            assertEquals(caller, Thread.currentThread());
            assertEquals(10, total);
            seen.add(done);
        });

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), seen);
    }

    @Test
    void monteCarlo_sameSeedSameDraws_withinRangeAndRoundedToEachKindsResolution() {
        List<Range> ranges = List.of(
                Range.parse("rule.weights.remote=1:2"),
                Range.parse("rule.loadings.poor=0:6000"),
                Range.parse("rule.small_school.full_up_to=20:60"),
                Range.parse("budget=15000000:16000000"));
        Sweep first = Sweep.monteCarlo(needsWeighted, ranges, 200, 42);
        Sweep again = Sweep.monteCarlo(needsWeighted, ranges, 200, 42);
        Sweep other = Sweep.monteCarlo(needsWeighted, ranges, 200, 43);

        for (int v = 1; v <= 200; v++) {
            List<BigDecimal> values = first.values(v);
            assertEquals(values, again.values(v), "variant " + v);
            assertTrue(values.get(0).compareTo(d("1")) >= 0 && values.get(0).compareTo(d("2")) <= 0);
            assertTrue(values.get(0).scale() <= 6, "weights to 0.000001: " + values.get(0));
            assertTrue(values.get(1).stripTrailingZeros().scale() <= 2, "baht to the satang: " + values.get(1));
            assertTrue(values.get(2).stripTrailingZeros().scale() <= 0, "whole numbers: " + values.get(2));
            // The scenario's rounding unit is 1 THB, so a budget is drawn in whole baht.
            assertTrue(values.get(3).stripTrailingZeros().scale() <= 0, "budget in rounding units: " + values.get(3));
        }
        assertNotEquals(first.values(1), other.values(1), "another seed, other draws");
        // Uniform on [1, 2]: the mean of 200 draws lies within 4 standard errors (0.289 / sqrt(200) = 0.02) of 1.5.
        double mean = 0;
        for (int v = 1; v <= 200; v++) {
            mean += first.values(v).get(0).doubleValue() / 200;
        }
        assertEquals(1.5, mean, 0.08);
    }

    @Test
    void grid_unknownPath_isAnInputErrorWithDidYouMean() {
        InputException e = assertThrows(
                InputException.class,
                () -> Sweep.grid(needsWeighted, List.of(Axis.parse("rule.weights.remot=1:2:0.5"))));

        assertEquals(1, e.problems().size());
        assertTrue(
                e.problems()
                        .get(0)
                        .describe()
                        .startsWith("--vary: rule.weights.remot: Unknown parameter"
                                + " 'rule.weights.remot'. Did you mean 'rule.weights.remote'?"),
                e.problems().get(0).describe());
    }

    @Test
    void grid_sectionRepeatedOrFractionalWholeNumberPaths_areInputErrors() {
        InputException section = assertThrows(
                InputException.class, () -> Sweep.grid(needsWeighted, List.of(Axis.parse("rule.weights=1:2:0.5"))));
        assertTrue(
                section.getMessage()
                        .contains("'rule.weights' is a section, not a number. Vary one of its numbers:"
                                + " rule.weights.area_type.capital"),
                section.getMessage());

        InputException twice = assertThrows(
                InputException.class,
                () -> Sweep.grid(
                        needsWeighted, List.of(Axis.parse("rule.lump_sum=0:1:1"), Axis.parse("rule.lump_sum=0:2:1"))));
        assertTrue(twice.getMessage().contains("varied twice"), twice.getMessage());

        InputException fraction = assertThrows(
                InputException.class,
                () -> Sweep.grid(needsWeighted, List.of(Axis.parse("rule.small_school.full_up_to=10:20:2.5"))));
        assertTrue(fraction.getMessage().contains("takes whole numbers"), fraction.getMessage());
    }

    @Test
    void parse_malformedSpecifications_sayWhatWasExpected() {
        assertTrue(assertThrows(InputException.class, () -> Axis.parse("rule.lump_sum=0:1000"))
                .getMessage()
                .contains("Expected PATH=FROM:TO:STEP"));
        assertTrue(assertThrows(InputException.class, () -> Range.parse("rule.lump_sum=0:1000:10"))
                .getMessage()
                .contains("takes PATH=LOW:HIGH, no step"));
        assertTrue(assertThrows(InputException.class, () -> Axis.parse("rule.lump_sum=0:1,000:10"))
                .getMessage()
                .contains("TO '1,000' is not a number"));
        assertTrue(assertThrows(InputException.class, () -> Axis.parse("rule.lump_sum"))
                .getMessage()
                .contains("Expected PATH=FROM:TO:STEP"));
        assertTrue(assertThrows(InputException.class, () -> Axis.parse("rule.lump_sum=0:abc:10"))
                .getMessage()
                .contains("TO 'abc' is not a number"));
        assertTrue(assertThrows(InputException.class, () -> Axis.parse("rule.lump_sum=5:1:1"))
                .getMessage()
                .contains("FROM (5) is greater than TO (1)"));
        assertTrue(assertThrows(InputException.class, () -> Axis.parse("rule.lump_sum=0:1:0"))
                .getMessage()
                .contains("The step must be positive (0)"));
    }
}
