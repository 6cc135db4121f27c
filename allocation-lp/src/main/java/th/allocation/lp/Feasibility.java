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

import th.allocation.InfeasibleException;
import th.allocation.model.Baht;
import th.allocation.optimise.TargetProblem;

/**
 * Checks before the LP that name the conflict with its amounts, since an LP solver only says
 * "infeasible". Each check is exact for the constraints it looks at (the budget with floors or caps,
 * one envelope with floors, caps and the budget); conflicts among several envelopes are left to the
 * LP, whose message then gives the totals. Amounts are compared with a tolerance of one satang plus
 * 1e-9 of the budget, so that floating-point sums of exact amounts do not fail.
 */
final class Feasibility {
    private Feasibility() {}

    /** Totals over the schools, in satang. */
    record Totals(double base, double required, double room, double available, double budget) {}

    static Totals totals(TargetProblem p) {
        double base = 0;
        double required = 0;
        double room = 0;
        for (int s = 0; s < p.schools(); s++) {
            base += p.base(s);
            required += p.required(s);
            room += p.room(s);
        }
        return new Totals(base, required, room, p.available(), p.available() + base);
    }

    /**
     * Throws if the problem has no allocation for a reason one of the checks sees.
     *
     * @throws InfeasibleException naming the conflicting constraints and their amounts
     */
    static void check(TargetProblem p) {
        Totals t = totals(p);
        double tol = tolerance(t);
        if (t.available() < -tol) {
            throw new InfeasibleException("The schools' base entitlements add up to " + money(t.base())
                    + ", more than the budget (" + money(t.budget())
                    + "), so nothing is left for the targets (short by "
                    + money(-t.available()) + ").\nMaybe raise the budget to at least " + money(t.base())
                    + ", or lower the rule's rates.");
        }
        if (t.required() > t.available() + tol) {
            throw new InfeasibleException(
                    "The floors need " + money(t.required()) + " on top of the base entitlements ("
                            + money(t.base()) + "), but the budget (" + money(t.budget()) + ") leaves only "
                            + money(t.available()) + " after them (short by " + money(t.required() - t.available())
                            + ").\nMaybe raise the budget, or lower the floors (floors.min_per_pupil,"
                            + " floors.percent_of_previous).");
        }
        if (p.spendExactly() && t.room() < t.available() - tol) {
            throw new InfeasibleException("The budget (" + money(t.budget())
                    + ") must be spent exactly, but the caps let"
                    + " the schools take at most " + money(t.room()) + " on top of their base entitlements ("
                    + money(t.base()) + "), so " + money(t.available() - t.room()) + " would be left over.\nMaybe"
                    + " spend at most the budget (targets.spend: at_most), lower the budget, or raise the caps"
                    + " (caps.percent_of_previous).");
        }
        for (int e = 0; e < p.envelopes(); e++) {
            checkEnvelope(p, t, e, tol);
        }
    }

    private static void checkEnvelope(TargetProblem p, Totals t, int e, double tol) {
        int groups = p.envelopeGroups(e);
        double[] base = new double[groups];
        double[] required = new double[groups];
        double[] room = new double[groups];
        int[] schools = new int[groups];
        double outsideRequired = 0;
        double outsideRoom = 0;
        for (int s = 0; s < p.schools(); s++) {
            int g = p.envelopeGroup(e, s);
            if (g < 0) {
                outsideRequired += p.required(s);
                outsideRoom += p.room(s);
            } else {
                base[g] += p.base(s);
                required[g] += p.required(s);
                room[g] += p.room(s);
                schools[g]++;
            }
        }
        double least = outsideRequired;
        double most = outsideRoom;
        for (int g = 0; g < groups; g++) {
            double lower = p.envelopeLower(e, g);
            double upper = p.envelopeUpper(e, g);
            String name = name(p, e, g, schools[g]);
            if (lower > base[g] + room[g] + tol) {
                throw new InfeasibleException(name + " must get at least " + money(lower)
                        + ", but their base entitlements ("
                        + money(base[g]) + ") and caps let them have at most " + money(base[g] + room[g])
                        + " (short by " + money(lower - base[g] - room[g]) + ").\nMaybe lower the envelope's at_least"
                        + " or at_least_percent, or raise the caps (caps.percent_of_previous).");
            }
            if (upper < base[g] + required[g] - tol) {
                throw new InfeasibleException(
                        name + " may get at most " + money(upper) + ", but their base entitlements ("
                                + money(base[g]) + ") and floors already give them " + money(base[g] + required[g])
                                + " (over by " + money(base[g] + required[g] - upper) + ").\nMaybe raise the envelope's"
                                + " at_most or at_most_percent, or lower the floors.");
            }
            least += Math.max(required[g], lower - base[g]);
            most += Math.min(room[g], upper - base[g]);
        }
        if (least > t.available() + tol) {
            throw new InfeasibleException("The envelope on " + p.envelopeColumn(e) + " with the floors needs "
                    + money(least) + " on top of the base entitlements (" + money(t.base()) + "), but the budget ("
                    + money(t.budget()) + ") leaves only " + money(t.available()) + " (short by "
                    + money(least - t.available()) + ").\nMaybe raise the budget, or lower the envelope's at_least or"
                    + " at_least_percent.");
        }
        if (p.spendExactly() && most < t.available() - tol) {
            throw new InfeasibleException(
                    "The budget (" + money(t.budget()) + ") must be spent exactly, but the envelope on "
                            + p.envelopeColumn(e) + " with the caps lets the schools take at most " + money(most)
                            + " on top of their base entitlements, so " + money(t.available() - most) + " would be left"
                            + " over.\nMaybe raise the envelope's at_most or at_most_percent, or spend at most the budget"
                            + " (targets.spend: at_most).");
        }
    }

    /** The message when the LP finds no solution although every single check passed. */
    static InfeasibleException combined(TargetProblem p) {
        Totals t = totals(p);
        return new InfeasibleException("No allocation meets the floors, caps, envelopes and budget together, although"
                + " each envelope alone can be met (budget " + money(t.budget()) + ", base entitlements "
                + money(t.base()) + ", floors need " + money(t.required()) + " more, caps allow "
                + money(t.room()) + " more, " + p.envelopes() + " envelope(s)).\nMaybe two envelopes on different"
                + " columns overlap and ask for more (or less) than their shared schools can take: relax one of"
                + " them.");
    }

    private static String name(TargetProblem p, int e, int g, int schools) {
        return "The " + schools + " school(s) with " + p.envelopeColumn(e) + " '" + p.envelopeLabel(e, g) + "'";
    }

    static double tolerance(Totals t) {
        return 1 + 1e-9 * Math.abs(t.budget());
    }

    static String money(double satang) {
        return Double.isInfinite(satang) ? "unlimited" : Baht.display(Math.round(satang));
    }
}
