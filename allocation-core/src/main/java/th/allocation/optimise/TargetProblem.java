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
import java.util.List;
import th.allocation.InputException;
import th.allocation.model.SchoolTable;
import th.allocation.rule.Needs;
import th.allocation.scenario.CostBasis;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Objective;
import th.allocation.scenario.ReturnSegment;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;
import th.allocation.solve.SchoolBounds;

/**
 * A target-driven allocation as a mathematical problem, the contract between the scenario and every
 * solver. All money is in satang, as {@code double}.
 *
 * <p>Each school {@code s} keeps its base entitlement {@code base[s]} and receives extra money
 * {@code extra[s] >= 0} with {@code required[s] <= extra[s] <= room[s]} (its floor and cap, less the
 * base). The extra money buys <em>items</em>: item {@code j} belongs to school {@code school[j]} and
 * indicator {@code indicator[j]}; buying it fully costs {@code cost[j]} and removes {@code
 * reduction[j]} of the pair's relative shortfall (gap divided by |target|); buying a fraction {@code
 * f} costs and removes that fraction. The items of one (school, indicator) pair are pieces of a
 * concave returns curve, in order of rising cost per unit, stored consecutively; a solver may fund
 * a piece only when the pieces before it are full (with rising costs an optimum does so anyway).
 * Extra money that buys no item is allowed (a floor may force it); it changes no shortfall.
 *
 * <p>Budget: the extras add up to {@code available} ({@link Targets.Spend#EXACT}) or at most that.
 *
 * <p>Objectives, with {@code r[s][k]} the remaining relative shortfall of pair (s, k) and
 * {@code p[k]} the indicator's priority:
 *
 * <ul>
 *   <li>weighted shortfall: minimise {@code sum over s,k of p[k] * pupils[s] * r[s][k]}: every pupil
 *       counts the same, whether closing the gap is costed per pupil or per school (a building's
 *       condition affects all its pupils); so item {@code j} is worth {@code value[j] = p * pupils *
 *       reduction[j]} when bought whole;
 *   <li>min-max: minimise {@code z} with {@code p[k] * r[s][k] <= z} for every pair;
 *   <li>lexicographic: min-max, then weighted shortfall with {@code z} held at its optimum.
 * </ul>
 *
 * <p>Envelopes: for each envelope {@code e}, the schools with {@code group(e, s) >= 0} in group
 * {@code g = group(e, s)} must together get (base plus extra) between {@code envelopeLower[e][g]} and
 * {@code envelopeUpper[e][g]}.
 */
public final class TargetProblem {
    final Scenario scenario;
    final SchoolTable schools;
    final Needs needs;
    final List<Indicator> indicators;
    final long unit;
    // Per school.
    final double[] base;
    final double[] required;
    final double[] room;
    final double[] pupils;
    // Per pair (school * indicatorCount + k): the relative shortfall.
    final double[] shortfall;
    // Per indicator: its priority, whether higher values are better, and per school its value and target.
    final double[] priority;
    private final boolean[] higher;
    final double[][] indicatorValue;
    final double[][] indicatorTarget;
    // Per item.
    /**
     * Per item, its school and its indicator: made on first use, as only some solvers read them (the
     * pairs' items are consecutive, so {@link #pairStart} tells them); see {@link #itemSchools()}.
     */
    private volatile int[] itemSchool;

    private volatile int[] itemIndicator;
    final double[] itemCost;
    final double[] itemReduction;
    /** Per pair, where its items start; the last entry is the number of items. */
    final int[] pairStart;
    // Envelopes: per envelope, each school's group (-1 if none) and the group bounds in satang.
    final List<EnvelopeBounds> envelopes;
    final double available;
    /** Each school's floor and cap in units, as the base entitlements were bounded. */
    final SchoolBounds bounds;
    /** The pairs' cost curves, shared by the solver and the result. */
    final PairCurves curves;
    /** The groups of the first envelope's column (see {@link EnvelopeGroups#ofFirstColumn}). */
    final EnvelopeGroups firstColumnGroups;

    TargetProblem(
            Scenario scenario,
            SchoolTable schools,
            Needs needs,
            double[] base,
            double[] required,
            double[] room,
            List<EnvelopeBounds> envelopes,
            double available,
            SchoolBounds bounds) {
        this.scenario = scenario;
        this.schools = schools;
        this.needs = needs;
        this.indicators = scenario.targets().indicators();
        this.unit = scenario.roundingUnitSatang();
        this.base = base;
        this.required = required;
        this.room = room;
        this.envelopes = List.copyOf(envelopes);
        this.available = available;
        this.bounds = bounds;
        int n = schools.size();
        int m = indicators.size();
        pupils = new double[n];
        shortfall = new double[n * m];
        priority = new double[m];
        // Per indicator, what every pair of it shares: read once, not per pair (the pieces, the cost
        // as a double, the boxed priority). The arithmetic per pair is the same, operation by operation.
        higher = new boolean[m];
        boolean[] perPupil = new boolean[m];
        double[] costSatang = new double[m];
        double[][] pieceShare = new double[m][];
        double[][] pieceFactor = new double[m][];
        double[][] values = new double[m][];
        double[][] targets = new double[m][];
        indicatorValue = values;
        indicatorTarget = targets;
        for (int k = 0; k < m; k++) {
            Indicator ind = indicators.get(k);
            priority[k] = ind.priority();
            higher[k] = ind.direction() == Direction.HIGHER;
            perPupil[k] = ind.cost().per() == CostBasis.PUPIL;
            costSatang[k] = ind.cost().amount().doubleValue() * 100;
            List<ReturnSegment> pieces = ind.pieces();
            pieceShare[k] = new double[pieces.size()];
            pieceFactor[k] = new double[pieces.size()];
            double from = 0;
            for (int i = 0; i < pieces.size(); i++) {
                pieceShare[k][i] = pieces.get(i).upTo() - from;
                pieceFactor[k][i] = pieces.get(i).costFactor();
                from = pieces.get(i).upTo();
            }
            values[k] = schools.indicatorValues(ind.column()); // a copy, this problem's own
            targets[k] = IndicatorTargets.of(ind, schools);
        }
        // First the gaps, and how many items each pair makes (in pairStart, one place on); then where
        // each pair's items start; then the items, in arrays of that size. Each school's entries are
        // its own, so on large problems the schools are taken in parallel blocks (see Blocks).
        int[] starts = new int[n * m + 1];
        double[] schoolPupils = pupils;
        double[] relative = shortfall;
        boolean[] anyMissing = new boolean[1];
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int s = from; s < to; s++) {
                double pupilCount = schools.totalPupils(s);
                schoolPupils[s] = pupilCount;
                for (int k = 0, pair = s * m; k < m; k++, pair++) {
                    if (Double.isNaN(values[k][s])) {
                        anyMissing[0] = true;
                        continue;
                    }
                    double g = gap(k, s);
                    relative[pair] = g / Math.abs(targets[k][s]);
                    // nothing to close, or no pupils to close it for: no items
                    starts[pair + 1] = g != 0 && pupilCount != 0 ? pieceShare[k].length : 0;
                }
            }
        });
        if (anyMissing[0]) {
            throw TargetProblems.missing(schools, indicators, values);
        }
        for (int pair = 0; pair < n * m; pair++) {
            starts[pair + 1] += starts[pair];
        }
        int count = starts[n * m];
        pairStart = starts;
        double[] cost = new double[count];
        double[] reduction = new double[count];
        itemCost = cost;
        itemReduction = reduction;
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int s = from; s < to; s++) {
                for (int k = 0, pair = s * m; k < m; k++, pair++) {
                    int j = starts[pair];
                    if (starts[pair + 1] == j) {
                        continue;
                    }
                    double g = gap(k, s);
                    double perUnit = costSatang[k] * (perPupil[k] ? schoolPupils[s] : 1);
                    double[] shares = pieceShare[k];
                    double[] factors = pieceFactor[k];
                    for (int i = 0; i < shares.length; i++, j++) {
                        double share = shares[i];
                        cost[j] = share * g * perUnit * factors[i];
                        reduction[j] = share * relative[pair];
                    }
                }
            }
        });
        curves = new PairCurves(this);
        firstColumnGroups = EnvelopeGroups.of(
                this, this.envelopes.isEmpty() ? null : this.envelopes.get(0).column());
    }

    /**
     * The gap of school {@code s} on indicator {@code k} before any extra money, in the indicator's
     * unit: how far its value is from its target on the wrong side, else 0.
     */
    double gap(int k, int s) {
        double target = indicatorTarget[k][s];
        double observed = indicatorValue[k][s];
        double g = higher[k] ? target - observed : observed - target;
        return Math.max(0, g);
    }

    /** How many schools. */
    public int schools() {
        return base.length;
    }

    /** How many indicators. */
    public int indicators() {
        return indicators.size();
    }

    /** How many items. */
    public int items() {
        return itemCost.length;
    }

    /** The school of item {@code j}. */
    public int itemSchool(int j) {
        return itemSchools()[j];
    }

    /** The indicator of item {@code j}. */
    public int itemIndicator(int j) {
        return itemIndicators()[j];
    }

    /** The cost of buying item {@code j} whole, in satang. */
    public double itemCost(int j) {
        return itemCost[j];
    }

    /** The relative shortfall item {@code j} removes when bought whole. */
    public double itemReduction(int j) {
        return itemReduction[j];
    }

    /** The weighted-shortfall objective's gain from buying item {@code j} whole. */
    public double itemValue(int j) {
        return valueWeight(itemSchool(j), itemIndicator(j)) * itemReduction[j];
    }

    /**
     * Per item, its school, made on first use from where each pair's items start (min-max reads none
     * of it). Made again by a thread that does not yet see another's: the same values either way.
     */
    int[] itemSchools() {
        int[] schoolOf = itemSchool;
        if (schoolOf == null) {
            schoolOf = new int[items()];
            int m = indicators();
            for (int s = 0, n = schools(); s < n; s++) {
                Arrays.fill(schoolOf, pairStart[s * m], pairStart[s * m + m], s);
            }
            itemSchool = schoolOf;
        }
        return schoolOf;
    }

    /** Per item, its indicator, made on first use as {@link #itemSchools()} is. */
    int[] itemIndicators() {
        int[] indicatorOf = itemIndicator;
        if (indicatorOf == null) {
            indicatorOf = new int[items()];
            int m = indicators();
            for (int pair = 0, pairs = schools() * m; pair < pairs; pair++) {
                Arrays.fill(indicatorOf, pairStart[pair], pairStart[pair + 1], pair % m);
            }
            itemIndicator = indicatorOf;
        }
        return indicatorOf;
    }

    /**
     * What one unit of relative shortfall of pair (s, k) is worth in the weighted shortfall: the
     * indicator's priority times the school's pupils; an item's value is this times its reduction.
     */
    double valueWeight(int s, int k) {
        return priority[k] * pupils[s];
    }

    /** School {@code s}'s base entitlement, in satang. */
    public double base(int s) {
        return base[s];
    }

    /** The least extra money school {@code s} must get (its floor less its base), in satang. */
    public double required(int s) {
        return required[s];
    }

    /** The most extra money school {@code s} may get (its cap less its base), in satang; infinite if uncapped. */
    public double room(int s) {
        return room[s];
    }

    /** The relative shortfall of school {@code s} on indicator {@code k} before any extra money. */
    public double shortfall(int s, int k) {
        return shortfall[s * indicators.size() + k];
    }

    /**
     * The weight of pair (s, k) in the weighted shortfall: the school's pupils, whatever the cost
     * basis of indicator {@code k} (see the class comment). A solver outside this package needs it for
     * the shortfall of pairs no item can close.
     */
    public double pairWeight(int s, int k) {
        return pupils[s];
    }

    /** The name of indicator {@code k}, for messages. */
    public String indicatorName(int k) {
        return indicators.get(k).name();
    }

    /** The id of school {@code s}, for messages. */
    public String schoolId(int s) {
        return schools.id(s);
    }

    /** The grouping column of envelope {@code e}, e.g. {@code area_type}, for messages. */
    public String envelopeColumn(int e) {
        return envelopes.get(e).column();
    }

    /** The label of group {@code g} of envelope {@code e}, e.g. {@code special}, for messages. */
    public String envelopeLabel(int e, int g) {
        return envelopes.get(e).labels().get(g);
    }

    /** The priority of indicator {@code k}. */
    public double priority(int k) {
        return priority[k];
    }

    /** The extra money to share out, in satang. */
    public double available() {
        return available;
    }

    /** Whether the whole of {@link #available()} must be spent. */
    public boolean spendExactly() {
        return scenario.targets().spend() == Targets.Spend.EXACT;
    }

    /** The objective. */
    public Objective objective() {
        return scenario.targets().objective();
    }

    /** How many envelopes. */
    public int envelopes() {
        return envelopes.size();
    }

    /** The group of school {@code s} under envelope {@code e}, or -1 if the envelope does not cover it. */
    public int envelopeGroup(int e, int s) {
        return envelopes.get(e).groupOf()[s];
    }

    /** How many groups envelope {@code e} has. */
    public int envelopeGroups(int e) {
        return envelopes.get(e).labels().size();
    }

    /** The least money (base plus extra) group {@code g} of envelope {@code e} gets, in satang. */
    public double envelopeLower(int e, int g) {
        return envelopes.get(e).lower()[g];
    }

    /** The most money (base plus extra) group {@code g} of envelope {@code e} gets, in satang; may be infinite. */
    public double envelopeUpper(int e, int g) {
        return envelopes.get(e).upper()[g];
    }

    /**
     * The problem of allocating {@code scenario} (which has targets) to {@code schools}: the rule's
     * needs as base entitlements, the scenario's floors and caps, its indicators and envelopes.
     *
     * @throws InputException if an indicator column or an envelope's column or group is unknown, or
     *     an indicator value is missing
     */
    public static TargetProblem of(Scenario scenario, SchoolTable schools) {
        return TargetProblems.of(scenario, schools);
    }
}
