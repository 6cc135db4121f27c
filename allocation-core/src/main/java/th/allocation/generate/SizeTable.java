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
package th.allocation.generate;

import th.allocation.model.SchoolKind;

/**
 * How many pupils schools of one kind have: a quantile function, piecewise linear in the logarithm
 * of enrolment between knots, so that a uniform draw {@code u} in [0, 1) gives a school size. The
 * knots are assumptions, tuned so that the national file has about 6.6 million pupils in 29,449
 * schools with about half of them small (1-120 pupils), as docs/formulas.md (Thai facts) says, a long tail of
 * very large secondary schools, and opportunity-expansion (combined) schools in between.
 */
final class SizeTable {
    // Quantile -> pupils. Primary: median about 85, 63% small; 5% above 400.
    private static final SizeTable PRIMARY = new SizeTable(
            new double[] {0, 0.05, 0.2, 0.4, 0.55, 0.7, 0.85, 0.95, 0.99, 1},
            new double[] {6, 22, 43, 70, 100, 140, 215, 400, 1000, 2500});
    // Combined (opportunity-expansion) schools: pre-primary to lower secondary; median about 185.
    private static final SizeTable COMBINED = new SizeTable(
            new double[] {0, 0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99, 1},
            new double[] {35, 65, 108, 158, 215, 305, 520, 950, 2000});
    // Secondary: from small rural schools to urban schools of several thousand pupils.
    private static final SizeTable SECONDARY = new SizeTable(
            new double[] {0, 0.05, 0.2, 0.4, 0.6, 0.8, 0.9, 0.97, 0.995, 1},
            new double[] {50, 95, 220, 430, 740, 1380, 2000, 2850, 3700, 4600});
    // Special-education schools: few and small (about 50 nationally, the brief).
    private static final SizeTable SPECIAL_EDUCATION =
            new SizeTable(new double[] {0, 0.5, 1}, new double[] {30, 110, 320});

    private final double[] quantiles;
    private final double[] logPupils;

    private SizeTable(double[] quantiles, double[] pupils) {
        this.quantiles = quantiles;
        this.logPupils = new double[pupils.length];
        for (int i = 0; i < pupils.length; i++) {
            logPupils[i] = StrictMath.log(pupils[i]);
        }
    }

    static SizeTable of(SchoolKind kind) {
        return switch (kind) {
            case PRIMARY -> PRIMARY;
            case COMBINED -> COMBINED;
            case SECONDARY -> SECONDARY;
            case SPECIAL_EDUCATION -> SPECIAL_EDUCATION;
        };
    }

    /** The enrolment at quantile {@code u} in [0, 1], at least 1. */
    int pupils(double u) {
        int k = 1;
        while (k < quantiles.length - 1 && u > quantiles[k]) {
            k++;
        }
        double t = (u - quantiles[k - 1]) / (quantiles[k] - quantiles[k - 1]);
        double log = logPupils[k - 1] + t * (logPupils[k] - logPupils[k - 1]);
        return (int) StrictMath.max(1, StrictMath.round(StrictMath.exp(log)));
    }
}
