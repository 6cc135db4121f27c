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
 * {@link PairCurves#kinkInside}, which settling a school asks, against the school's kinks as {@link
 * PairCurves#kinks} writes them: whether one lies strictly inside a bracket and, if none does, the
 * nearest at or below it and at or above it, to the bit. The brackets tried have their ends at kinks,
 * next to kinks and between them.
 */
class PairKinksTest {
    @Test
    void kinkInside_asTheKinksWrittenOut() {
        qt().withFixedSeed(1215)
                .withExamples(200)
                .forAll(RandomCases.targetCases(1, 40))
                .checkAssert(c -> {
                    TargetProblem problem = TargetProblem.of(c.scenario(), SchoolTable.of(c.schools()));
                    PairCurves curves = problem.curves;
                    int m = curves.m;
                    for (int s = 0; s < problem.schools(); s++) {
                        List<Double> kinks = new ArrayList<>();
                        for (int p = s * m; p < s * m + m; p++) {
                            double[] buffer = new double[curves.kinkCount(p)];
                            int count = curves.kinks(p, buffer, 0);
                            for (int i = 0; i < count; i++) {
                                kinks.add(buffer[i]);
                            }
                        }
                        List<Double> ends = new ArrayList<>(List.of(0.0, 1e-9, 1.0));
                        for (double kink : kinks) {
                            ends.add(kink);
                            ends.add(Math.nextUp(kink));
                            ends.add(Math.nextDown(kink));
                            ends.add(kink * 1.1 + 1e-6);
                        }
                        for (double lo : ends) {
                            for (double hi : ends) {
                                if (!(lo >= 0 && hi > lo)) {
                                    continue;
                                }
                                boolean inside = false;
                                double low = 0;
                                double high = Double.POSITIVE_INFINITY;
                                for (double kink : kinks) {
                                    if (kink <= lo) {
                                        low = Math.max(low, kink);
                                    } else if (kink >= hi) {
                                        high = Math.min(high, kink);
                                    } else {
                                        inside = true;
                                    }
                                }
                                double[] nearest = {0, Double.POSITIVE_INFINITY};
                                String where = "school " + s + " in (" + lo + ", " + hi + ")";
                                assertEquals(inside, curves.kinkInside(s, lo, hi, nearest), where);
                                if (!inside) {
                                    assertEquals(low, nearest[0], "nearest below, " + where);
                                    assertEquals(high, nearest[1], "nearest above, " + where);
                                }
                            }
                        }
                    }
                });
    }
}
