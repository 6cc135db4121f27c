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

import java.util.Arrays;

/**
 * The money one structured solve has given so far, and the bounds it must keep: what each item has
 * bought ({@code spend}), each school's extra money that buys no item ({@code topUp}), each school's
 * floor and cap as extra money ({@code lower}, {@code upper}) and the envelope groups it lies in. The
 * algorithms ({@link WeightedShortfallGreedy}, {@link MinMaxLevelSearch}, {@link LeftoverSpending})
 * work on one instance in turn; {@link StructuredSolver} runs them.
 */
final class Funding {
    final TargetProblem p;
    final PairCurves curves;
    /** How many schools. */
    final int n;
    /** How many indicators. */
    final int m;
    /** Per item, the money it has bought, in satang. */
    final double[] spend;
    /** Per school, extra money that buys no item (a floor or envelope forced it, or money left over). */
    final double[] topUp;
    /** Per school, the least extra money (its floor less its base). */
    final double[] lower;
    /** Per school, the most extra money (its cap less its base); infinite if uncapped. */
    final double[] upper;
    /** Per school, its envelope group, or -1. */
    final int[] group;
    /** How many envelope groups. */
    final int groups;
    /** Per group, the least extra money its envelopes ask for. */
    final double[] groupLower;
    /** Per group, the most extra money its envelopes allow. */
    final double[] groupUpper;

    Funding(TargetProblem problem, EnvelopeGroups envelopeGroups) {
        p = problem;
        curves = problem.curves;
        n = problem.schools();
        m = problem.indicators();
        spend = new double[problem.items()];
        topUp = new double[n];
        lower = problem.required.clone();
        upper = problem.room.clone();
        group = envelopeGroups.groupOf;
        groups = envelopeGroups.count();
        groupLower = envelopeGroups.extraLower;
        groupUpper = envelopeGroups.extraUpper;
    }

    /** Takes back every baht given, for a solve that starts again. */
    void clear() {
        Arrays.fill(spend, 0);
        Arrays.fill(topUp, 0);
    }

    /** The slack when sums of money are compared: {@link Tolerances#money} of the money to share out. */
    double tolerance() {
        return Tolerances.money(p.available);
    }

    /** Each school's extra money so far: its items' spending plus its top-up. */
    double[] extras() {
        double[] extra = topUp.clone();
        int[] start = curves.start;
        // A school's items are consecutive: added school by school, in item order (the same sums as
        // adding every item to its school in turn), in parallel blocks on large problems.
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int s = from; s < to; s++) {
                double sum = extra[s];
                for (int j = start[s * m]; j < start[s * m + m]; j++) {
                    sum += spend[j];
                }
                extra[s] = sum;
            }
        });
        return extra;
    }

    /** The largest priority-weighted relative shortfall left by the spending so far. */
    double largestShortfall() {
        // Each school's largest in parallel blocks on large problems (see Blocks); a largest is the
        // same whatever the order.
        double[] schoolWorst = new double[n];
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int s = from; s < to; s++) {
                schoolWorst[s] = schoolLargestShortfall(s);
            }
        });
        double worst = 0;
        for (double w : schoolWorst) {
            worst = Math.max(worst, w);
        }
        return worst;
    }

    /** The largest priority-weighted relative shortfall of school {@code s}'s pairs left by the spending so far. */
    double schoolLargestShortfall(int s) {
        double worst = 0;
        for (int k = 0, pair = s * m; k < m; k++, pair++) {
            worst = Math.max(worst, p.priority[k] * TargetSolutions.remaining(p, curves, spend, pair));
        }
        return worst;
    }

    /**
     * Gives group {@code g}'s schools {@code amount} more as top-up, in proportion to their base (at
     * least 1 satang of weight, so schools without a base take part), each within its cap; updates
     * {@code extra} and {@code groupExtra}. An envelope minimum that the group's gaps cannot use up
     * is met this way.
     */
    void fillInProportionToBase(int g, double amount, double[] extra, double[] groupExtra) {
        double weight = 0;
        for (int s = 0; s < n; s++) {
            if (group[s] == g && upper[s] > extra[s]) {
                weight += Math.max(p.base[s], 1);
            }
        }
        double left = amount;
        // Proportional to base, each school within its room (a few rounds settle the clipped ones).
        for (int round = 0; round < 64 && left > Tolerances.RESIDUE && weight > 0; round++) {
            double share = left / weight;
            weight = 0;
            for (int s = 0; s < n; s++) {
                if (group[s] != g || upper[s] <= extra[s]) {
                    continue;
                }
                double give = Math.min(share * Math.max(p.base[s], 1), upper[s] - extra[s]);
                topUp[s] += give;
                extra[s] += give;
                groupExtra[g] += give;
                left -= give;
                if (upper[s] > extra[s]) {
                    weight += Math.max(p.base[s], 1);
                }
            }
        }
    }

    /** The solution this funding amounts to, with the given budget shadow price. */
    TargetSolution solution(double shadowPrice) {
        return solution(shadowPrice, extras());
    }

    /** {@link #solution(double)} given {@code extra}, what {@link #extras()} gives now. */
    TargetSolution solution(double shadowPrice, double[] extra) {
        return TargetSolutions.of("structured", p, curves, spend, extra, shadowPrice);
    }
}
