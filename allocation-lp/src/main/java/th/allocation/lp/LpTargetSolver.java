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

import java.time.Duration;
import java.util.Objects;
import th.allocation.AllocationException;
import th.allocation.InfeasibleException;
import th.allocation.optimise.Feasibility;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.TargetSolution;
import th.allocation.optimise.TargetSolver;

/**
 * The general solver of target problems: the {@link TargetProblem} as a linear program, solved with
 * OR-Tools' {@code MPSolver}. It solves every problem the structured solver solves and also the ones
 * it does not (envelopes on several columns, so groups overlap). Found by allocation-core through
 * {@link java.util.ServiceLoader} when this module is on the class path; OR-Tools' natives are
 * loaded on the first {@link #solve}, once per JVM.
 *
 * <h2>The linear program</h2>
 *
 * Money is in LP units of {@value #SATANG_PER_UNIT} satang (1,000 baht), so that a national budget
 * (about 10^7 units) and a small item (about 10^-2 units) sit within a range the solvers handle
 * well; results are converted back to satang. With {@code c_j} item {@code j}'s cost in units,
 * {@code r_j} the relative shortfall it removes and {@code v_j} its value (all from {@link
 * TargetProblem}):
 *
 * <ul>
 *   <li>variables: the fraction {@code 0 <= f_j <= 1} of each item bought (spending {@code c_j f_j};
 *       fractions rather than money keep the min-max rows' coefficients {@code p_k r_j} near 1, which
 *       PDLP needed to converge at all on the national file); a top-up {@code t_s >= 0} per school
 *       (extra money that buys no item, which a floor may force); {@code z >= z0} for min-max, where
 *       {@code z0} is the largest {@code p_k * shortfall(s, k)} of pairs without items (a school
 *       without pupils), which no money changes;
 *   <li>school {@code s}: {@code required_s <= x_s <= room_s} with {@code x_s = sum_j c_j f_j + t_s}
 *       over its items (a row only where it can bind; a school without items has the bounds on
 *       {@code t_s});
 *   <li>budget: {@code sum_s x_s = available} ({@code spend: exact}) or {@code <= available};
 *   <li>envelope {@code e}, group {@code g}: {@code lower - B_g <= sum_{s in g} x_s <= upper - B_g}
 *       with {@code B_g} the group's base (a row only where a bound can bind);
 *   <li>min-max (and lexicographic): for each pair with items, {@code p_k * (shortfall(s, k) - sum_j
 *       f_j r_j) <= z};
 *   <li>weighted shortfall: maximise {@code sum_j v_j f_j}, the weighted shortfall removed
 *       (coefficients scaled so the largest is 1); min-max: minimise {@code z}; lexicographic: minimise
 *       {@code z}, then hold {@code z <= z* (1 + eps) + 1e-12} (eps 1e-12 for GLOP, whose second
 *       phase starts from the first one's vertex, 1e-9 for the other backends: {@link LpTolerances})
 *       and maximise the weighted value.
 * </ul>
 *
 * The pieces of one (school, indicator) pair cost more per unit of shortfall the further they go, so
 * the weighted objective funds them in order without an ordering constraint. Where an objective is
 * indifferent (min-max, or money that buys nothing), the solution is then made canonical:
 *
 * <ol>
 *   <li>min-max, like lexicographic, next maximises the weighted value at {@code z <= z*}: money the
 *       largest shortfall does not need (a floor, an envelope minimum) goes by value per baht;
 *   <li>each pair's spending is poured into its pieces in order (this never lowers the removed
 *       shortfall, so the solution stays optimal);
 *   <li>with {@code spend: exact}, top-ups beyond what floors need (money left when every gap it can
 *       reach is closed) go to schools in proportion to their base, within caps and envelopes: a
 *       last LP with the items fixed ({@link LpLeftoverStage}) minimises {@code mu} subject to
 *       {@code t_s <= need_s + mu * base_s}. As with the structured solver, schools without a base take none of it, and if the
 *       others cannot take it all the scenario is infeasible.
 * </ol>
 *
 * <h2>Shadow prices</h2>
 *
 * The budget price is the budget row's dual, converted to "how much the optimised objective falls
 * per extra baht": the largest shortfall for min-max (from the first LP), the weighted shortfall for
 * weighted and lexicographic (for lexicographic, from the second LP, with the largest shortfall held
 * at its optimum). It is at least 0 when more money can only help. Each envelope row's dual is
 * converted the same way, per baht by which both of the group's bounds are raised (see {@link
 * TargetSolution#envelopeShadowPrices()}). At a degenerate vertex (money exactly at a kink) a dual is
 * one of the one-sided derivatives.
 *
 * <h2>Backends</h2>
 *
 * {@link Backend#AUTO} uses GLOP (simplex: an exact vertex and its duals, warm-started between
 * phases) up to {@value #SIMPLEX_LIMIT} variables and PDLP (first-order, tolerances tightened to
 * 1e-9) above. Measured on the synthetic national file (29,449 schools, 5 indicators, 139,382
 * variables; 2-core machine shared with other builds): weighted shortfall under 1 s with any
 * backend; min-max and lexicographic GLOP 53-83 s, PDLP 77-83 s (largest shortfall within 1e-8 to
 * 1e-6 relative), HiGHS 121-158 s; the structured solver takes 0.1-0.3 s where it applies. At twice
 * that size min-max took GLOP 233 s and PDLP 224 s, so simplex, which grows about quadratically
 * here, gives way to PDLP beyond. {@code NationalTimingIT} in the tests repeats the measurement. HiGHS is offered but not chosen automatically:
 * through {@code MPSolver} (OR-Tools 9.15) it returns the rows' activities in place of their duals
 * ({@code highs_proto_solver.cc} copies {@code row_value} into {@code dual_value}), so its shadow
 * prices are reported as {@code NaN}.
 *
 * <p>Instances are immutable and thread-safe; each {@link #solve} builds its own model.
 */
public final class LpTargetSolver implements TargetSolver {
    /** Satang per LP money unit: the LP works in thousands of baht. */
    public static final double SATANG_PER_UNIT = 100_000;

    /** Above this many LP variables, {@link Backend#AUTO} uses PDLP rather than GLOP. */
    public static final int SIMPLEX_LIMIT = 250_000;

    /** The default time limit of one solve (all its phases together). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(10);

    /** Which OR-Tools LP solver to use. */
    public enum Backend {
        /** GLOP up to national size, PDLP for larger problems (see {@link #SIMPLEX_LIMIT}). */
        AUTO,
        /** GLOP, Google's simplex: exact vertex solutions and duals; slow at national size. */
        GLOP,
        /**
         * PDLP, first-order primal-dual: scales better than simplex on large min-max problems, but its
         * optimum is accurate only to about 1e-6 relative (tolerances 1e-9 on its own scaled measures).
         */
        PDLP,
        /**
         * HiGHS (through MPSolver): fast, but without shadow prices (reported as NaN), and it prints a
         * one-line banner to the process's standard output on every solve.
         */
        HIGHS
    }

    private final Backend backend;
    private final Duration timeLimit;

    /** The solver with {@link Backend#AUTO} and {@link #DEFAULT_TIME_LIMIT}; the ServiceLoader uses this. */
    public LpTargetSolver() {
        this(Backend.AUTO, DEFAULT_TIME_LIMIT);
    }

    private LpTargetSolver(Backend backend, Duration timeLimit) {
        this.backend = backend;
        this.timeLimit = timeLimit;
    }

    /** This solver with another backend. */
    public LpTargetSolver withBackend(Backend backend) {
        return new LpTargetSolver(Objects.requireNonNull(backend, "backend"), timeLimit);
    }

    /**
     * This solver with another time limit for a whole solve.
     *
     * @throws IllegalArgumentException if the limit is not positive
     */
    public LpTargetSolver withTimeLimit(Duration timeLimit) {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The LP time limit must be positive (" + timeLimit + ").");
        }
        return new LpTargetSolver(backend, timeLimit);
    }

    /** The backend this solver uses. */
    public Backend backend() {
        return backend;
    }

    /** The time limit of one solve. */
    public Duration timeLimit() {
        return timeLimit;
    }

    @Override
    public String name() {
        return "lp";
    }

    /** Always true: every target problem is a linear program. */
    @Override
    public boolean supports(TargetProblem problem) {
        return true;
    }

    /** Always empty. */
    @Override
    public String whyNot(TargetProblem problem) {
        return "";
    }

    /**
     * Solves {@code problem} as a linear program.
     *
     * @throws InfeasibleException if floors, caps, envelopes and the budget conflict, with the amounts
     * @throws AllocationException if the solver stops at the time limit, fails, or its natives cannot
     *     be loaded on this platform
     */
    @Override
    public TargetSolution solve(TargetProblem problem) {
        Objects.requireNonNull(problem, "problem");
        Feasibility.check(problem);
        Natives.load();
        Backend chosen = backend;
        if (chosen == Backend.AUTO) {
            chosen = LpModel.variableCount(problem) <= SIMPLEX_LIMIT ? Backend.GLOP : Backend.PDLP;
        }
        return new LpModel(problem, chosen, timeLimit).solve();
    }

    @Override
    public String toString() {
        return "LpTargetSolver[backend=" + backend + ", timeLimit=" + timeLimit + "]";
    }
}
