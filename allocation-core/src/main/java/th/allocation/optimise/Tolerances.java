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

/**
 * The tolerances of the target solvers, in one place, each with the reason for its size. The amounts
 * the solvers compare are in satang, as {@code double}: bases, floors, caps and envelope bounds are
 * whole satang, and their sums are exact (below 2^53 satang, about 90 trillion baht); amounts a
 * solver computes (item fractions, levels, shares in proportion) are not, and carry rounding errors
 * of about 2^-53 (1.1 * 10^-16) of their size per operation. The tolerances absorb such errors and
 * nothing more: none is a modelling choice, and none is large enough to hide a conflict worth
 * reporting.
 *
 * <p>Engine-internal: public only so that the LP solver in allocation-lp compares money as the
 * structured solver does; not part of the stable API. The LP solver's own tolerances (the slack on
 * the held largest shortfall, PDLP's optimality criteria) are in that module's {@code LpTolerances}.
 */
public final class Tolerances {
    /**
     * Absolute slack on money, in satang: a millionth of a satang. Money below it is no money (the
     * structured solver's leftover, the LP's floor top-up beyond what items buy); it is also the
     * floor of {@link #money(double)} for small budgets.
     */
    public static final double MONEY_ABSOLUTE = 1e-6;

    /**
     * Relative slack on money: a billionth of the amount at stake (the money to share out, in {@link
     * #money(double)}). The national example's 1.5 billion baht (1.5 * 10^11 satang) gets 150 satang
     * (1.50 baht): far above the rounding error of amounts computed from it (about 10^-5 satang per
     * operation), far below any conflict worth reporting.
     */
    public static final double MONEY_RELATIVE = 1e-9;

    /**
     * Relative slack between an amount and another of about its size: 10^-12, about 10^4 times the
     * rounding error of one operation, yet below a satang for amounts up to 10^12 satang (10 billion
     * baht). Used for a group's floors and caps against its envelope (one group is a small part of
     * the budget, so the budget-wide {@link #money(double)} would be too loose), and to tell an item
     * bought whole, in steps of equal fractions, from one with money left to take.
     */
    static final double SUM_RELATIVE = 1e-12;

    /**
     * Money, in satang, below which the structured solver's funding loops stop: what is left of an
     * amount handed out in steps is then rounding residue, not money (a billionth of a satang, far
     * below the smallest rounding unit).
     */
    static final double RESIDUE = 1e-9;

    /**
     * Slack, in rounding units, when an amount in satang becomes whole units: a minimum is rounded up
     * from {@code amount / unit - UNIT_ROUNDING}, a maximum down from {@code amount / unit +
     * UNIT_ROUNDING}. A whole number of units divides exactly; an amount computed a rounding error
     * away from a whole number (a percentage of the budget, a base made of rates) then goes to that
     * number rather than a unit beyond it. A billionth of a unit is far below an amount that matters.
     */
    static final double UNIT_ROUNDING = 1e-9;

    /**
     * Slack, in rounding units, when the sum of the schools' amounts (in units) is rounded down to the
     * total to hand out where the budget need not be spent: a millionth of a unit, so that a sum that
     * should be whole but came out a rounding error below it is not rounded a whole unit down.
     */
    static final double UNIT_SUM = 1e-6;

    private Tolerances() {}

    /**
     * The slack when amounts of money of the size of {@code scale} (in satang, usually the money to
     * share out) are compared: {@code MONEY_RELATIVE * max(1, |scale|) + MONEY_ABSOLUTE}. Feasibility
     * checks and the structured solver's steps use it, so a conflict within it is no conflict.
     */
    static double money(double scale) {
        return MONEY_RELATIVE * Math.max(1, Math.abs(scale)) + MONEY_ABSOLUTE;
    }
}
