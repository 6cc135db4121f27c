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

import java.util.List;
import th.allocation.InfeasibleException;
import th.allocation.model.Baht;

/**
 * The feasibility of a {@link TargetProblem}, checked before any solver runs, and the wording of every
 * infeasibility the target solvers report, so that the structured and the LP solver say the same
 * thing with the same amounts. A solver only says "infeasible"; these checks name the conflict.
 *
 * <p>The checks, column by column for the envelopes' grouping columns (the groups of one column are
 * disjoint, see {@link EnvelopeGroups}), with every amount beyond the schools' base entitlements:
 *
 * <ol>
 *   <li>a group's base entitlements alone pass its envelopes' maximum, or its envelopes ask for a
 *       minimum above their maximum;
 *   <li>a group's minimum is more than its schools' caps allow, or its maximum less than their
 *       floors need (compared with the relative slack {@link Tolerances#SUM_RELATIVE});
 *   <li>the floors, with each group raised to its envelopes' minimum, need more than the budget;
 *   <li>spending exactly, the caps with each group held to its envelopes' maximum take less than the
 *       budget; then, once, the caps alone take less.
 * </ol>
 *
 * Budget-wide amounts are compared with the slack {@link Tolerances#money(double)} of the money to
 * share out. Where every envelope is on one column, passing them means that the floors, caps,
 * envelopes and budget can all be met; spending exactly, money left when every gap is closed must
 * still find room (see {@link #leftoverBeyondCaps}). Envelopes on several columns may conflict where
 * their groups overlap; a general solver then reports {@link #unmetTogether}.
 *
 * <p>Engine-internal: public only for the LP solver in allocation-lp; not part of the stable API.
 */
public final class Feasibility {
    private Feasibility() {}

    /**
     * Throws if the problem has no allocation for a reason one of the checks sees.
     *
     * @throws InfeasibleException naming the conflicting constraints and their amounts
     */
    public static void check(TargetProblem problem) {
        double tolerance = Tolerances.money(problem.available);
        double required = 0;
        double room = 0;
        for (int s = 0; s < problem.schools(); s++) {
            required += problem.required[s];
            room += problem.room[s];
        }
        List<EnvelopeGroups> columns = EnvelopeGroups.byColumn(problem);
        if (columns.isEmpty()) {
            columns = List.of(EnvelopeGroups.of(problem, null));
        }
        for (EnvelopeGroups groups : columns) {
            checkColumn(problem, groups, required, room, tolerance);
        }
        if (problem.spendExactly() && room < problem.available - tolerance) {
            throw new InfeasibleException("Caps allow at most " + money(room + baseTotal(problem)) + " in all but the"
                    + " budget of " + money(problem.available + baseTotal(problem)) + " must be spent. Raise the caps,"
                    + " lower the budget, or spend at most the budget (targets.spend: at_most).");
        }
    }

    private static void checkColumn(
            TargetProblem p, EnvelopeGroups groups, double required, double room, double tolerance) {
        int n = p.schools();
        int count = groups.count();
        double[] groupRequired = new double[count];
        double[] groupRoom = new double[count];
        for (int s = 0; s < n; s++) {
            int g = groups.groupOf[s];
            if (g >= 0) {
                groupRequired[g] += p.required[s];
                groupRoom[g] += p.room[s];
            }
        }
        double envelopeRequired = required;
        for (int g = 0; g < count; g++) {
            double lower = groups.extraLower[g];
            double upper = groups.extraUpper[g];
            String label = "'" + groups.labels.get(g) + "'";
            if (upper < 0) {
                throw new InfeasibleException("The base entitlements of '" + groups.column + "' group " + label
                        + " add up to " + money(groups.base[g]) + ", more than its envelopes allow ("
                        + money(groups.upper[g]) + "). Raise the envelope's at_most or at_most_percent, or lower"
                        + " the base rule.");
            }
            if (lower > upper + tolerance) {
                throw new InfeasibleException("The envelopes of group " + label + " ask for at least " + money(lower)
                        + " more than its base but allow at most " + money(upper)
                        + ". Make the minimum at most the maximum.");
            }
            if (lower > groupRoom[g] * (1 + Tolerances.SUM_RELATIVE)) {
                throw new InfeasibleException("An envelope needs at least " + money(lower) + " more for '"
                        + groups.column + "' group " + label + " than its base, but its schools'"
                        + " caps allow only " + money(groupRoom[g]) + ". Lower the envelope or raise the caps.");
            }
            if (upper < groupRequired[g] * (1 - Tolerances.SUM_RELATIVE)) {
                throw new InfeasibleException("An envelope allows at most " + money(upper)
                        + " above the base of group " + label + ", but its schools' floors need "
                        + money(groupRequired[g]) + ". Raise the envelope or lower the floors.");
            }
            envelopeRequired += Math.max(0, lower - groupRequired[g]);
        }
        if (envelopeRequired > p.available + tolerance) {
            throw new InfeasibleException("The base entitlements, floors and envelope minimums need "
                    + money(envelopeRequired + baseTotal(p)) + " but the budget is "
                    + money(p.available + baseTotal(p)) + ". Raise the budget by at least "
                    + money(envelopeRequired - p.available)
                    + ", or lower the base rule, the floors or the envelopes.");
        }
        // What schools can take, each group no more than its envelopes allow.
        double capacity = 0;
        for (int s = 0; s < n; s++) {
            capacity += groups.groupOf[s] < 0 ? p.room[s] : 0;
        }
        for (int g = 0; g < count; g++) {
            capacity += Math.min(groupRoom[g], groups.extraUpper[g]);
        }
        if (p.spendExactly() && capacity < room && capacity < p.available - tolerance) {
            throw new InfeasibleException("Caps and envelope maximums allow at most " + money(capacity + baseTotal(p))
                    + " in all but the budget of " + money(p.available + baseTotal(p)) + " must be"
                    + " spent. Raise the envelopes or caps, lower the budget, or spend at most the budget"
                    + " (targets.spend: at_most).");
        }
    }

    /**
     * The infeasibility when, spending exactly, money is left after every gap the money can close is
     * closed, and the schools with a base entitlement (which share it in proportion to that base)
     * have room for only {@code capacity} of it within their caps. Amounts in satang.
     */
    public static InfeasibleException leftoverBeyondCaps(double left, double capacity) {
        return new InfeasibleException("After every indicator gap is closed, " + money(left) + " of the budget"
                + " is left, which goes to schools in proportion to their base entitlement; but their caps"
                + " leave room for only " + money(capacity) + ". Lower the budget by at least "
                + money(left - capacity) + ", raise the caps, or spend at most the budget"
                + " (targets.spend: at_most).");
    }

    /**
     * The infeasibility when, spending exactly, money ({@code left}, in satang) is left after every gap
     * the money can close is closed, and the envelopes' maximums keep it from the schools with room.
     */
    public static InfeasibleException leftoverBeyondEnvelopes(double left) {
        return new InfeasibleException("After every indicator gap is closed, " + money(left) + " of the budget"
                + " is left, but the envelope maximums and caps leave no room for it. Raise them, lower the"
                + " budget, or spend at most the budget (targets.spend: at_most).");
    }

    /**
     * The infeasibility a general solver reports when it finds no allocation although {@link #check}
     * passed: envelopes on different columns whose groups overlap ask together for what their shared
     * schools cannot take. Gives the totals, since no single constraint is to blame.
     */
    public static InfeasibleException unmetTogether(TargetProblem problem) {
        double base = 0;
        double required = 0;
        double room = 0;
        for (int s = 0; s < problem.schools(); s++) {
            base += problem.base[s];
            required += problem.required[s];
            room += problem.room[s];
        }
        return new InfeasibleException("No allocation meets the floors, caps, envelopes and budget together, although"
                + " each envelope alone can be met (budget " + money(problem.available + base) + ", base entitlements "
                + money(base) + ", floors need " + money(required) + " more, caps allow "
                + money(room) + " more, " + problem.envelopes() + " envelope(s)).\nMaybe two envelopes on different"
                + " columns overlap and ask for more (or less) than their shared schools can take: relax one of"
                + " them.");
    }

    private static double baseTotal(TargetProblem p) {
        double sum = 0;
        for (double b : p.base) {
            sum += b;
        }
        return sum;
    }

    /** An amount in satang as whole baht for a message ("unlimited" if infinite). */
    private static String money(double satang) {
        return Double.isInfinite(satang) ? "unlimited" : Baht.display(Math.round(satang));
    }
}
