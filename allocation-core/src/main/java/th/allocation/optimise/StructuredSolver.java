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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import th.allocation.InfeasibleException;
import th.allocation.internal.AscendingOrder;
import th.allocation.model.Baht;
import th.allocation.scenario.Objective;

/**
 * The exact structured solver for target problems whose envelopes all group by one column (so
 * schools, groups and the budget are nested). Every step is exact up to floating point; nothing
 * iterates towards a tolerance.
 *
 * <ul>
 *   <li><b>Weighted shortfall</b> is a continuous knapsack over nested capacities (school rooms
 *       inside group ceilings inside the budget), where the greedy order by value per baht is
 *       optimal. Floors are met first from each school's own best items, envelope minimums from the
 *       group's best items; items of equal value per baht are funded in equal fractions, so ties
 *       never favour a school by its id.
 *   <li><b>Min-max</b> finds the lowest common level {@code z} of priority-weighted relative
 *       shortfall that the budget can pay for: total spending is a continuous, non-increasing,
 *       piecewise-linear function of {@code z}, and {@link LevelSearch} finds its segment and solves
 *       it. Schools held by a floor or a cap, and groups held by an envelope, go to their own level.
 *   <li><b>Lexicographic</b> takes the min-max optimum {@code Z} (the largest shortfall left), then
 *       maximises the weighted objective with every pair held at or below {@code Z}.
 * </ul>
 *
 * Money left when every gap is closed goes to schools in proportion to their base when the budget
 * must be spent exactly.
 */
public final class StructuredSolver implements TargetSolver {
    @Override
    public String name() {
        return "structured";
    }

    @Override
    public boolean supports(TargetProblem problem) {
        return whyNot(problem).isEmpty();
    }

    @Override
    public String whyNot(TargetProblem problem) {
        for (int e = 1; e < problem.envelopes(); e++) {
            if (!problem.envelopes
                    .get(e)
                    .column()
                    .equals(problem.envelopes.get(0).column())) {
                return "envelopes group by more than one column ("
                        + problem.envelopes.get(0).column() + " and "
                        + problem.envelopes.get(e).column() + "), so groups overlap";
            }
        }
        return "";
    }

    @Override
    public TargetSolution solve(TargetProblem problem) {
        if (!supports(problem)) {
            throw new IllegalArgumentException(
                    "The structured solver cannot solve this problem: " + whyNot(problem) + ". Use the LP solver.");
        }
        return new Run(problem).solve();
    }

    /** One solve: the state of the greedy or level computation. */
    private static final class Run {
        private final TargetProblem p;
        private final PairCurves curves;
        private final int n;
        private final int m;
        private final double[] spend;
        private final double[] topUp;
        private final double[] lower;
        private final double[] upper;
        private final int[] group;
        private final double[] groupLower;
        private final double[] groupUpper;
        /** The base entitlements of each envelope group, in satang. */
        private final double[] groupBase;

        private final int groups;
        private double shadowPrice;

        Run(TargetProblem problem) {
            p = problem;
            curves = new PairCurves(problem);
            n = problem.schools();
            m = problem.indicators();
            spend = new double[problem.items()];
            topUp = new double[n];
            lower = problem.required.clone();
            upper = problem.room.clone();
            group = new int[n];
            Arrays.fill(group, -1);
            int g = 0;
            List<double[]> bounds = new ArrayList<>();
            // Envelopes on one column: each group's bounds are the tightest of the envelopes naming it.
            java.util.Map<String, Integer> index = new java.util.HashMap<>();
            for (TargetProblem.EnvelopeGroups envelope : problem.envelopes) {
                for (int local = 0; local < envelope.labels().size(); local++) {
                    String label = envelope.labels().get(local);
                    Integer at = index.get(label);
                    if (at == null) {
                        at = g++;
                        index.put(label, at);
                        bounds.add(new double[] {0, Double.POSITIVE_INFINITY});
                    }
                    double[] b = bounds.get(at);
                    b[0] = Math.max(b[0], envelope.lower()[local]);
                    b[1] = Math.min(b[1], envelope.upper()[local]);
                }
                for (int s = 0; s < n; s++) {
                    int local = envelope.groupOf()[s];
                    if (local >= 0) {
                        group[s] = index.get(envelope.labels().get(local));
                    }
                }
            }
            groups = g;
            groupLower = new double[g];
            groupUpper = new double[g];
            groupBase = new double[g];
            for (int s = 0; s < n; s++) {
                if (group[s] >= 0) {
                    groupBase[group[s]] += problem.base[s];
                }
            }
            for (int i = 0; i < g; i++) {
                // In extra money: the bound less the group's base.
                groupLower[i] = Math.max(0, bounds.get(i)[0] - groupBase[i]);
                groupUpper[i] = bounds.get(i)[1] - groupBase[i];
            }
        }

        TargetSolution solve() {
            checkFeasible();
            Objective objective = p.objective();
            if (objective == Objective.WEIGHTED_SHORTFALL) {
                weightedShortfall(null);
            } else {
                minMax();
                if (objective == Objective.LEXICOGRAPHIC) {
                    double worst = 0;
                    for (int pair = 0; pair < n * m; pair++) {
                        worst = Math.max(
                                worst, p.priority(pair % m) * TargetSolutions.remaining(p, curves, spend, pair));
                    }
                    Arrays.fill(spend, 0);
                    Arrays.fill(topUp, 0);
                    weightedShortfall(worst);
                }
            }
            spendLeftover();
            return solution();
        }

        // ---- feasibility -------------------------------------------------------------------------

        private void checkFeasible() {
            double required = 0;
            double room = 0;
            for (int s = 0; s < n; s++) {
                required += lower[s];
                room += upper[s];
            }
            double[] groupRequired = new double[groups];
            double[] groupRoom = new double[groups];
            for (int s = 0; s < n; s++) {
                if (group[s] >= 0) {
                    groupRequired[group[s]] += lower[s];
                    groupRoom[group[s]] += upper[s];
                }
            }
            double envelopeRequired = required;
            for (int g = 0; g < groups; g++) {
                if (groupUpper[g] < -tolerance()) {
                    // The maximum is below what the group's schools keep whatever happens: say that, not that the
                    // minimum (often 0) exceeds a maximum shown as 0.
                    throw new InfeasibleException("The envelope of group " + label(g) + " allows at most "
                            + money(groupUpper[g] + groupBase[g]) + " in all, but its schools' base entitlements,"
                            + " which every school keeps, are " + money(groupBase[g]) + ". Raise the envelope's"
                            + " at_most (or at_most_percent) to at least that, or lower the base rule.");
                }
                if (groupLower[g] > groupUpper[g] + tolerance()) {
                    throw new InfeasibleException("The envelopes of group " + label(g) + " ask for at least "
                            + money(groupLower[g]) + " more than its base but allow at most "
                            + money(Math.max(0, groupUpper[g])) + ". Make the minimum at most the maximum.");
                }
                if (groupLower[g] > groupRoom[g] * (1 + 1e-12)) {
                    throw new InfeasibleException("An envelope needs at least " + money(groupLower[g]) + " more for '"
                            + p.envelopes.get(0).column() + "' group " + label(g) + " than its base, but its schools'"
                            + " caps allow only " + money(groupRoom[g]) + ". Lower the envelope or raise the caps.");
                }
                if (groupUpper[g] < groupRequired[g] * (1 - 1e-12)) {
                    throw new InfeasibleException("An envelope allows at most " + money(Math.max(0, groupUpper[g]))
                            + " above the base of group " + label(g) + ", but its schools' floors need "
                            + money(groupRequired[g]) + ". Raise the envelope or lower the floors.");
                }
                envelopeRequired += Math.max(0, groupLower[g] - groupRequired[g]);
            }
            if (envelopeRequired > p.available + tolerance()) {
                throw new InfeasibleException("The base entitlements, floors and envelope minimums need "
                        + money(envelopeRequired + baseTotal()) + " but the budget is "
                        + money(p.available + baseTotal()) + ". Raise the budget by at least "
                        + money(envelopeRequired - p.available)
                        + ", or lower the base rule, the floors or the envelopes.");
            }
            // What schools can take, each group no more than its envelope allows.
            double capacity = 0;
            for (int s = 0; s < n; s++) {
                capacity += group[s] < 0 ? upper[s] : 0;
            }
            for (int g = 0; g < groups; g++) {
                capacity += Math.min(groupRoom[g], groupUpper[g]);
            }
            if (p.spendExactly() && capacity < room && capacity < p.available - tolerance()) {
                throw new InfeasibleException(
                        "Caps and envelope maximums allow at most " + money(capacity + baseTotal())
                                + " in all but the budget of " + money(p.available + baseTotal()) + " must be"
                                + " spent. Raise the envelopes or caps, lower the budget, or spend at most the budget"
                                + " (targets.spend: at_most).");
            }
            if (p.spendExactly() && room < p.available - tolerance()) {
                throw new InfeasibleException("Caps allow at most " + money(room + baseTotal()) + " in all but the"
                        + " budget of " + money(p.available + baseTotal()) + " must be spent. Raise the caps, lower"
                        + " the budget, or spend at most the budget (targets.spend: at_most).");
            }
        }

        /** Floating-point slack when comparing sums of money: far below a satang. */
        private double tolerance() {
            return 1e-9 * Math.max(1, Math.abs(p.available)) + 1e-6;
        }

        private double baseTotal() {
            double sum = 0;
            for (double b : p.base) {
                sum += b;
            }
            return sum;
        }

        private String label(int g) {
            for (TargetProblem.EnvelopeGroups envelope : p.envelopes) {
                for (String label : envelope.labels()) {
                    if (indexOf(label) == g) {
                        return "'" + label + "'";
                    }
                }
            }
            return "#" + g;
        }

        private int indexOf(String label) {
            for (int s = 0; s < n; s++) {
                for (TargetProblem.EnvelopeGroups envelope : p.envelopes) {
                    int local = envelope.groupOf()[s];
                    if (local >= 0 && envelope.labels().get(local).equals(label)) {
                        return group[s];
                    }
                }
            }
            return -1;
        }

        private static String money(double satang) {
            return Baht.display(Math.round(satang));
        }

        // ---- weighted shortfall ------------------------------------------------------------------

        /** Greedy by value per baht; with {@code level} non-null, every pair is first brought to that level. */
        private void weightedShortfall(Double level) {
            int items = p.items();
            double[] extra = new double[n];
            if (level != null) {
                for (int s = 0; s < n; s++) {
                    for (int pair = s * m; pair < s * m + m; pair++) {
                        extra[s] += curves.spend(pair, level, spend);
                    }
                }
            }
            // Order items by value per baht, best first, ties by position (a stable sort).
            double[] ratio = new double[items];
            double best = 0;
            for (int j = 0; j < items; j++) {
                ratio[j] = p.itemValue[j] / p.itemCost[j];
                best = Math.max(best, ratio[j]);
            }
            double[] key = new double[items];
            for (int j = 0; j < items; j++) {
                key[j] = best - ratio[j];
            }
            int[] order = AscendingOrder.of(key);
            // Floors: each school's own best items first, then unattributed top-up.
            ItemsBySchool bySchool = itemsBySchool(order);
            for (int s = 0; s < n; s++) {
                double missing = lower[s] - extra[s];
                for (int at = bySchool.start()[s]; at < bySchool.start()[s + 1] && missing > 0; at++) {
                    int j = bySchool.items()[at];
                    double take = Math.min(p.itemCost[j] - spend[j], missing);
                    spend[j] += take;
                    extra[s] += take;
                    missing -= take;
                }
                if (missing > 0) {
                    topUp[s] += missing;
                    extra[s] += missing;
                }
            }
            double[] groupExtra = new double[groups];
            for (int s = 0; s < n; s++) {
                if (group[s] >= 0) {
                    groupExtra[group[s]] += extra[s];
                }
            }
            // Envelope minimums: the group's best items first.
            for (int g = 0; g < groups; g++) {
                double missing = groupLower[g] - groupExtra[g];
                for (int idx = 0; idx < items && missing > 0; idx++) {
                    int j = order[idx];
                    int s = p.itemSchool[j];
                    if (group[s] != g) {
                        continue;
                    }
                    double take = Math.min(Math.min(p.itemCost[j] - spend[j], upper[s] - extra[s]), missing);
                    if (take > 0) {
                        spend[j] += take;
                        extra[s] += take;
                        groupExtra[g] += take;
                        missing -= take;
                    }
                }
                if (missing > 0) {
                    fillInProportionToBase(g, missing, extra, groupExtra);
                }
            }
            double left = p.available;
            for (int s = 0; s < n; s++) {
                left -= extra[s];
            }
            // The greedy, one class of equal value per baht at a time.
            int i = 0;
            while (i < items && left > 0) {
                int end = i + 1;
                while (end < items && ratio[order[end]] == ratio[order[i]]) {
                    end++;
                }
                left = fundClass(order, i, end, left, extra, groupExtra);
                i = end;
            }
            // One more baht would buy the best item that can still take money: its value per baht.
            shadowPrice = 0;
            for (int at = 0; at < items; at++) {
                int j = order[at];
                int s = p.itemSchool[j];
                boolean room = extra[s] < upper[s] && (group[s] < 0 || groupExtra[group[s]] < groupUpper[group[s]]);
                if (spend[j] < p.itemCost[j] * (1 - 1e-12) && room) {
                    shadowPrice = ratio[j] * Baht.SATANG_PER_BAHT;
                    break;
                }
            }
        }

        /** Funds the items {@code order[from, to)} in equal fractions within rooms and ceilings; returns what is left. */
        private double fundClass(int[] order, int from, int to, double left, double[] extra, double[] groupExtra) {
            boolean[] blocked = new boolean[to - from];
            while (left > 1e-9) {
                double want = 0;
                for (int i = from; i < to; i++) {
                    int j = order[i];
                    if (!blocked[i - from]) {
                        want += p.itemCost[j] - spend[j];
                    }
                }
                if (want <= 0) {
                    break;
                }
                double fraction = Math.min(1, left / want);
                boolean clipped = false;
                for (int i = from; i < to; i++) {
                    int j = order[i];
                    if (blocked[i - from]) {
                        continue;
                    }
                    int s = p.itemSchool[j];
                    int g = group[s];
                    double give = fraction * (p.itemCost[j] - spend[j]);
                    double room = upper[s] - extra[s];
                    if (g >= 0) {
                        room = Math.min(room, groupUpper[g] - groupExtra[g]);
                    }
                    if (give >= room) {
                        give = Math.max(0, room);
                        blocked[i - from] = true;
                        clipped = true;
                    }
                    spend[j] += give;
                    extra[s] += give;
                    if (g >= 0) {
                        groupExtra[g] += give;
                    }
                    left -= give;
                    if (spend[j] >= p.itemCost[j]) {
                        blocked[i - from] = true;
                    }
                }
                if (!clipped && fraction >= 1) {
                    break;
                }
                if (!clipped) {
                    break; // the fraction used the money up
                }
            }
            return left;
        }

        /** Items by school in {@code order}: school s's are {@code items[start[s], start[s + 1])}. */
        private record ItemsBySchool(int[] start, int[] items) {}

        private ItemsBySchool itemsBySchool(int[] order) {
            int[] start = new int[n + 1];
            for (int j : order) {
                start[p.itemSchool[j] + 1]++;
            }
            for (int s = 0; s < n; s++) {
                start[s + 1] += start[s];
            }
            int[] fill = start.clone();
            int[] items = new int[order.length];
            for (int j : order) {
                items[fill[p.itemSchool[j]]++] = j;
            }
            return new ItemsBySchool(start, items);
        }

        private void fillInProportionToBase(int g, double amount, double[] extra, double[] groupExtra) {
            double weight = 0;
            for (int s = 0; s < n; s++) {
                if (group[s] == g && upper[s] > extra[s]) {
                    weight += Math.max(p.base[s], 1);
                }
            }
            double left = amount;
            // Proportional to base, each school within its room (a few rounds settle the clipped ones).
            for (int round = 0; round < 64 && left > 1e-9 && weight > 0; round++) {
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

        // ---- min-max -----------------------------------------------------------------------------

        /** Funds every pair to the lowest common level the budget pays for; returns each school's level. */
        private double[] minMax() {
            double[] kinks = allKinks();
            double total = p.available;
            double top = 0;
            for (double k : kinks) {
                top = Math.max(top, k);
            }
            final double ceiling = top;
            java.util.function.DoubleUnaryOperator spending = this::totalSpending;
            LevelSearch.Segment segment = LevelSearch.segment(kinks, kinks.length, 0, ceiling, spending, total);
            // Inside the segment every pair is linear; schools' floors, caps and groups add kinks there.
            double[] inner = innerKinks(segment);
            segment = LevelSearch.segment(inner, inner.length, segment.left(), segment.right(), spending, total);
            double[] groupKinks = groupKinks(segment);
            segment = LevelSearch.segment(
                    groupKinks, groupKinks.length, segment.left(), segment.right(), spending, total);
            double level = segment.solve(total);
            shadowPrice = segment.slope() > 0 ? Baht.SATANG_PER_BAHT / segment.slope() : 0;
            return assignLevels(level);
        }

        private double[] allKinks() {
            int count = 0;
            for (int pair = 0; pair < n * m; pair++) {
                count += curves.kinkCount(pair);
            }
            double[] kinks = new double[count];
            int at = 0;
            for (int pair = 0; pair < n * m; pair++) {
                at = curves.kinks(pair, kinks, at);
            }
            return kinks;
        }

        private double schoolSpending(int s, double z) {
            return Math.min(upper[s], Math.max(lower[s], curves.schoolCost(s, z)));
        }

        private double totalSpending(double z) {
            double total = 0;
            double[] groupSum = new double[groups];
            for (int s = 0; s < n; s++) {
                double spent = schoolSpending(s, z);
                if (group[s] >= 0) {
                    groupSum[group[s]] += spent;
                } else {
                    total += spent;
                }
            }
            for (int g = 0; g < groups; g++) {
                total += Math.min(groupUpper[g], Math.max(groupLower[g], groupSum[g]));
            }
            return total;
        }

        /** Levels inside the segment where a school's linear cost meets its floor or cap. */
        private double[] innerKinks(LevelSearch.Segment segment) {
            double[] kinks = new double[2 * n];
            int count = 0;
            double left = segment.left();
            double right = Double.isInfinite(segment.right()) ? left + 1 : segment.right();
            if (right <= left) {
                return new double[0];
            }
            for (int s = 0; s < n; s++) {
                double a = curves.schoolCost(s, left);
                double b = curves.schoolCost(s, right);
                count = crossing(a, b, left, right, lower[s], kinks, count);
                count = crossing(a, b, left, right, upper[s], kinks, count);
            }
            return Arrays.copyOf(kinks, count);
        }

        private double[] groupKinks(LevelSearch.Segment segment) {
            double left = segment.left();
            double right = segment.right();
            if (groups == 0 || !(right > left) || Double.isInfinite(right)) {
                return new double[0];
            }
            double[] atLeft = new double[groups];
            double[] atRight = new double[groups];
            for (int s = 0; s < n; s++) {
                if (group[s] >= 0) {
                    atLeft[group[s]] += schoolSpending(s, left);
                    atRight[group[s]] += schoolSpending(s, right);
                }
            }
            double[] kinks = new double[2 * groups];
            int count = 0;
            for (int g = 0; g < groups; g++) {
                count = crossing(atLeft[g], atRight[g], left, right, groupLower[g], kinks, count);
                count = crossing(atLeft[g], atRight[g], left, right, groupUpper[g], kinks, count);
            }
            return Arrays.copyOf(kinks, count);
        }

        private static int crossing(
                double a, double b, double left, double right, double value, double[] into, int count) {
            if (Double.isFinite(value) && a > value && value > b) {
                into[count++] = left + (a - value) * (right - left) / (a - b);
            }
            return count;
        }

        /** Spends at the common level, with held schools and groups at their own levels. */
        private double[] assignLevels(double level) {
            double[] levels = new double[n];
            Arrays.fill(levels, level);
            double[] groupSum = new double[groups];
            for (int s = 0; s < n; s++) {
                if (group[s] >= 0) {
                    groupSum[group[s]] += schoolSpending(s, level);
                }
            }
            for (int g = 0; g < groups; g++) {
                double target = groupSum[g] < groupLower[g]
                        ? groupLower[g]
                        : groupSum[g] > groupUpper[g] ? groupUpper[g] : Double.NaN;
                if (!Double.isNaN(target)) {
                    double groupLevel = groupLevel(g, target);
                    for (int s = 0; s < n; s++) {
                        if (group[s] == g) {
                            levels[s] = groupLevel;
                        }
                    }
                }
            }
            for (int s = 0; s < n; s++) {
                double cost = curves.schoolCost(s, levels[s]);
                if (cost < lower[s] || cost > upper[s]) {
                    double target = cost < lower[s] ? lower[s] : upper[s];
                    levels[s] = schoolLevel(s, target);
                }
                double spent = 0;
                for (int pair = s * m; pair < s * m + m; pair++) {
                    spent += curves.spend(pair, levels[s], spend);
                }
                if (spent < lower[s]) {
                    topUp[s] = lower[s] - spent; // every gap closed and the floor still not reached
                }
            }
            // A group held at its envelope minimum whose gaps cost less than that gets the rest as top-up.
            double[] extra = extras();
            double[] groupExtra = new double[groups];
            for (int s = 0; s < n; s++) {
                if (group[s] >= 0) {
                    groupExtra[group[s]] += extra[s];
                }
            }
            for (int g = 0; g < groups; g++) {
                if (groupExtra[g] < groupLower[g] - tolerance()) {
                    fillInProportionToBase(g, groupLower[g] - groupExtra[g], extra, groupExtra);
                }
            }
            return levels;
        }

        private double groupLevel(int g, double target) {
            java.util.function.DoubleUnaryOperator f = z -> {
                double sum = 0;
                for (int s = 0; s < n; s++) {
                    if (group[s] == g) {
                        sum += schoolSpending(s, z);
                    }
                }
                return sum;
            };
            int count = 0;
            for (int s = 0; s < n; s++) {
                if (group[s] == g) {
                    for (int pair = s * m; pair < s * m + m; pair++) {
                        count += curves.kinkCount(pair);
                    }
                }
            }
            double[] kinks = new double[count];
            int at = 0;
            double top = 0;
            for (int s = 0; s < n; s++) {
                if (group[s] == g) {
                    for (int pair = s * m; pair < s * m + m; pair++) {
                        at = curves.kinks(pair, kinks, at);
                    }
                }
            }
            for (double k : kinks) {
                top = Math.max(top, k);
            }
            LevelSearch.Segment segment = LevelSearch.segment(kinks, count, 0, top, f, target);
            double[] inner = innerKinks(segment);
            segment = LevelSearch.segment(inner, inner.length, segment.left(), segment.right(), f, target);
            return segment.solve(target);
        }

        private double schoolLevel(int s, double target) {
            double[] kinks = new double[m * 8 + 8];
            int at = 0;
            double top = 0;
            for (int pair = s * m; pair < s * m + m; pair++) {
                if (at + curves.kinkCount(pair) > kinks.length) {
                    kinks = Arrays.copyOf(kinks, 2 * (at + curves.kinkCount(pair)));
                }
                at = curves.kinks(pair, kinks, at);
            }
            for (int i = 0; i < at; i++) {
                top = Math.max(top, kinks[i]);
            }
            java.util.function.DoubleUnaryOperator f = z -> curves.schoolCost(s, z);
            return LevelSearch.segment(kinks, at, 0, top, f, target).solve(target);
        }

        // ---- leftover and results ----------------------------------------------------------------

        private void spendLeftover() {
            double[] extra = extras();
            double left = p.available;
            for (double e : extra) {
                left -= e;
            }
            if (!p.spendExactly() || left <= 1e-6) {
                return;
            }
            // Every gap is closed: the rest goes in proportion to base, within caps (exact scaling).
            double[] weight = new double[n];
            double[] roomLeft = new double[n];
            double[] keys = new double[n];
            for (int s = 0; s < n; s++) {
                weight[s] = Math.max(p.base[s], 0);
                roomLeft[s] = upper[s] - extra[s];
            }
            double capacity = 0;
            for (int s = 0; s < n; s++) {
                capacity += weight[s] > 0 ? roomLeft[s] : 0;
            }
            if (capacity < left - tolerance()) {
                throw new InfeasibleException("After every indicator gap is closed, " + money(left) + " of the budget"
                        + " is left, which goes to schools in proportion to their base entitlement; but their caps"
                        + " leave room for only " + money(capacity) + ". Lower the budget by at least "
                        + money(left - capacity) + ", raise the caps, or spend at most the budget"
                        + " (targets.spend: at_most).");
            }
            // Envelope maximums: a group's schools share its remaining room; the loop below holds a group
            // that would pass its maximum at that maximum and shares the rest among the others.
            double[] groupRoomLeft = new double[groups];
            for (int g = 0; g < groups; g++) {
                groupRoomLeft[g] = groupUpper[g];
            }
            for (int s = 0; s < n; s++) {
                if (group[s] >= 0) {
                    groupRoomLeft[group[s]] -= extra[s];
                }
            }
            for (int round = 0; round <= groups && left > tolerance(); round++) {
                double mu = shareInProportion(weight, roomLeft, keys, left);
                double[] groupGiven = new double[groups];
                double[] share = new double[n];
                for (int s = 0; s < n; s++) {
                    share[s] = Math.min(roomLeft[s], mu * weight[s]);
                    if (group[s] >= 0) {
                        groupGiven[group[s]] += share[s];
                    }
                }
                boolean over = false;
                for (int g = 0; g < groups; g++) {
                    over |= groupGiven[g] > groupRoomLeft[g] + tolerance();
                }
                if (!over) {
                    for (int s = 0; s < n; s++) {
                        topUp[s] += share[s];
                    }
                    return;
                }
                // Hold each group that passes its maximum at it, in proportion within the group.
                for (int g = 0; g < groups; g++) {
                    if (groupGiven[g] > groupRoomLeft[g] + tolerance()) {
                        double factor = Math.max(0, groupRoomLeft[g]) / groupGiven[g];
                        for (int s = 0; s < n; s++) {
                            if (group[s] == g) {
                                double give = share[s] * factor;
                                topUp[s] += give;
                                left -= give;
                                roomLeft[s] = 0;
                                weight[s] = 0;
                            }
                        }
                        groupRoomLeft[g] = 0;
                    }
                }
            }
            if (left > tolerance()) {
                throw new InfeasibleException("After every indicator gap is closed, " + money(left) + " of the budget"
                        + " is left, but the envelope maximums and caps leave no room for it. Raise them, lower the"
                        + " budget, or spend at most the budget (targets.spend: at_most).");
            }
        }

        /** The level mu at which schools, each given min(room, mu * weight), take {@code need} in all. */
        private double shareInProportion(double[] weight, double[] roomLeft, double[] scratch, double need) {
            int count = 0;
            double top = 0;
            double uncappedWeight = 0;
            for (int s = 0; s < n; s++) {
                if (weight[s] > 0 && Double.isFinite(roomLeft[s])) {
                    scratch[count++] = roomLeft[s] / weight[s];
                    top = Math.max(top, roomLeft[s] / weight[s]);
                }
                uncappedWeight += weight[s] > 0 && Double.isInfinite(roomLeft[s]) ? weight[s] : 0;
            }
            java.util.function.DoubleUnaryOperator taken = mu -> {
                double sum = 0;
                for (int s = 0; s < n; s++) {
                    sum += Math.min(roomLeft[s], mu * weight[s]);
                }
                return -sum; // non-increasing, as LevelSearch expects
            };
            // Beyond the last kink only uncapped schools take more; at this level they alone take it all.
            double far = uncappedWeight > 0 ? top + need / uncappedWeight + 1 : top;
            return LevelSearch.segment(scratch, count, 0, far, taken, -need).solve(-need);
        }

        private double[] extras() {
            double[] extra = topUp.clone();
            for (int j = 0; j < p.items(); j++) {
                extra[p.itemSchool[j]] += spend[j];
            }
            return extra;
        }

        private TargetSolution solution() {
            return TargetSolutions.of("structured", p, curves, spend, extras(), shadowPrice);
        }
    }
}
