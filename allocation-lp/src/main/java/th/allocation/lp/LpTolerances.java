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
package th.allocation.lp;

/**
 * The LP solver's own tolerances, each with the reason for its size. Money is compared as in the
 * structured solver, with allocation-core's {@link th.allocation.optimise.Tolerances}; these are the
 * slacks the LP backends need on top.
 */
final class LpTolerances {
    /**
     * Relative slack on the largest shortfall when it is held for the second phase, for the
     * first-order and interior-point backends: enough for their tolerance. The slack is what lets the
     * second phase buy weighted shortfall at the expense of the largest (1e-9 gave up to 2e-7
     * relative against the structured solver, 1e-12 about 1e-10).
     */
    static final double LEVEL_RELATIVE = 1e-9;

    /**
     * The relative slack on the held level for GLOP, whose second phase starts from the first phase's
     * vertex, which meets the held level exactly (see {@link #LEVEL_RELATIVE}).
     */
    static final double VERTEX_LEVEL_RELATIVE = 1e-12;

    /** Absolute slack on the held level, for a level of 0, where the relative slack is none. */
    static final double LEVEL_ABSOLUTE = 1e-12;

    /**
     * PDLP's optimality criteria, absolute and relative, on its own scaled measures: its defaults gave
     * about 1e-5 relative error on allocation LPs; 1e-9 gives 1e-8 to 1e-6 on the national file (see
     * {@link LpTargetSolver}).
     */
    static final double PDLP_OPTIMALITY = 1e-9;

    /**
     * Top-ups beyond what floors need, in satang, below which no money is left to spread in proportion
     * to base: one satang, plus {@link th.allocation.optimise.Tolerances#MONEY_RELATIVE} of the
     * budget. Larger than the structured solver's slack because the LP's top-ups carry the backend's
     * own tolerances, in LP units of 1,000 baht.
     */
    static final double NOTHING_LEFT_SATANG = 1;

    private LpTolerances() {}
}
