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
package th.allocation.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.allocation.model.SchoolTable;
import th.allocation.testing.RandomCases;

/**
 * The shortcuts of the min-max search's passes against the plain cost of a school at one level
 * ({@link PairCurves#schoolCost(int, double)}, which the reference search uses), to the bit, on random
 * target problems (schools without pupils or without gaps, concave returns, priorities): the largest
 * kink taken from each pair's first, a school above its zero-cost level costing exactly 0, and the
 * costs at two levels in one walk. The levels tried are every kink of the school (where pieces are
 * bought exactly whole), the zero-cost level and the values either side of it, and levels in between.
 */
class PairCurvesTest {
    @Test
    void shortcuts_costAsThePlainCost() {
        qt().withFixedSeed(1213)
                .withExamples(200)
                .forAll(RandomCases.targetCases(1, 40))
                .checkAssert(c -> {
                    TargetProblem problem = TargetProblem.of(c.scenario(), SchoolTable.of(c.schools()));
                    PairCurves curves = problem.curves;
                    int m = curves.m;
                    for (int s = 0; s < problem.schools(); s++) {
                        double[] buffer = new double[64];
                        List<Double> levels = new ArrayList<>(List.of(0.0));
                        double top = 0;
                        for (int p = s * m; p < s * m + m; p++) {
                            if (curves.kinkCount(p) > buffer.length) {
                                buffer = new double[2 * curves.kinkCount(p)];
                            }
                            int count = curves.kinks(p, buffer, 0);
                            for (int i = 0; i < count; i++) {
                                top = Math.max(top, buffer[i]);
                                levels.add(buffer[i]);
                                levels.add(buffer[i] * 0.999);
                                levels.add(Math.nextUp(buffer[i]));
                                levels.add(Math.nextDown(buffer[i]));
                            }
                            assertEquals(count == 0 ? -1 : buffer[0], curves.firstKink(p), "first kink of pair " + p);
                        }
                        assertEquals(top, curves.topKink(s), "top kink of school " + s);
                        double zero = PairCurves.zeroCostAbove(top);
                        levels.add(zero);
                        levels.add(Math.nextUp(zero));
                        levels.add(Math.nextDown(zero));
                        levels.add(2 * zero + 1);
                        for (double a : levels) {
                            double plain = curves.schoolCost(s, a);
                            assertEquals(
                                    plain,
                                    curves.schoolCost(s, curves.levelOverPriority(a)),
                                    "school " + s + " at " + a);
                            if (a > zero) {
                                assertEquals(0.0, plain, "school " + s + " above its zero-cost level, at " + a);
                            }
                            for (int i = 0; i < levels.size(); i += 5) {
                                double b = levels.get(i);
                                double[] atA = new double[problem.schools()];
                                double[] atB = new double[problem.schools()];
                                curves.schoolCosts(
                                        s, curves.levelOverPriority(a), curves.levelOverPriority(b), atA, atB);
                                assertEquals(plain, atA[s], "school " + s + " at " + a + " (with " + b + ")");
                                assertEquals(
                                        curves.schoolCost(s, b),
                                        atB[s],
                                        "school " + s + " at " + b + " (with " + a + ")");
                            }
                        }
                    }
                });
    }
}
