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
package th.allocation.rule;

import java.util.List;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.model.Level;
import th.allocation.model.Limits;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * What a rule says each school needs, before budget scaling, floors and caps: an exact amount in
 * satang per component and school. The total of a school is the sum of its components.
 */
public final class Needs {
    private final List<Component> components;
    private final long[][] amounts;
    private final long[] totals;
    /**
     * Whether every amount lies within {@link #SMALL} either side of 0, so that the totals of any
     * {@link #MAX_COLUMNS} columns add up exactly in any order (see {@link #of}).
     */
    private final boolean small;

    /** The largest amount, either side of 0, of needs whose totals may be updated column by column: 2^58 satang. */
    private static final long SMALL = 1L << 58;

    /** 2^63 / {@link #SMALL}: so many small amounts add up without overflow, in any order. */
    private static final int MAX_COLUMNS = 32;

    /**
     * Needs from component amounts, {@code amounts[component][school]} in satang; the array is
     * taken over, not copied, so the caller must not keep it.
     *
     * @throws InputException if the needs add up to more than {@link Limits#MAX_NEED_SATANG}, which
     *     parameters each within its own limit can still ask for on a large file (see {@link Limits})
     */
    Needs(List<Component> components, long[][] amounts, SchoolTable table) {
        int schools = table.size();
        if (amounts.length != components.size()) {
            throw new IllegalArgumentException("One amount column per component (" + amounts.length + " columns, "
                    + components.size() + " components).");
        }
        this.components = List.copyOf(components);
        this.amounts = amounts;
        this.totals = new long[schools];
        boolean overflow = false;
        boolean large = false;
        for (long[] column : amounts) {
            for (int i = 0; i < schools; i++) {
                long total = totals[i];
                long amount = column[i];
                long sum = total + amount;
                overflow |= ((total ^ sum) & (amount ^ sum)) < 0;
                large |= amount > SMALL | amount < -SMALL;
                totals[i] = sum;
            }
        }
        this.small = !large && amounts.length <= MAX_COLUMNS;
        if (overflow) {
            // Add again, checked, to name the school that overflows first, column by column.
            long[] checked = new long[schools];
            for (long[] column : amounts) {
                for (int i = 0; i < schools; i++) {
                    try {
                        checked[i] = Math.addExact(checked[i], column[i]);
                    } catch (ArithmeticException e) {
                        throw tooLarge(table.id(i));
                    }
                }
            }
        }
        int first = firstTooLarge(totals);
        if (first >= 0) {
            throw tooLarge(table.id(first));
        }
    }

    /** Needs whose totals are already added up and checked, every amount small. */
    private Needs(List<Component> components, long[][] amounts, long[] totals) {
        this.components = components;
        this.amounts = amounts;
        this.totals = totals;
        this.small = true;
    }

    /**
     * The first school at which the totals, or their running sum, exceed {@link
     * Limits#MAX_NEED_SATANG}; -1 if none.
     */
    private static int firstTooLarge(long[] totals) {
        long sum = 0;
        for (int i = 0; i < totals.length; i++) {
            sum += totals[i];
            if (totals[i] > Limits.MAX_NEED_SATANG || sum > Limits.MAX_NEED_SATANG) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The needs of {@code rule} for {@code schools}, as {@code rule.evaluate(schools)} gives them,
     * reusing the columns of {@code previous}, the needs of {@code previousRule} for the same
     * schools, that the change of rule leaves as they were: between two weighted formulas with the
     * same base by level, the base is kept, and of the other components only those whose parameters
     * changed are computed again (the uplifts from the first whose weight changed on), school by
     * school in {@link WeightedFormula#evaluate}'s order and with its arithmetic, so that the amounts
     * and any failure are the same (a test holds the two equal). Any other change evaluates the rule
     * afresh. A sweep evaluates its variants this way.
     *
     * @throws InputException as {@link Rule#evaluate} does
     */
    public static Needs of(Rule rule, SchoolTable schools, Rule previousRule, Needs previous) {
        return of(rule, schools, previousRule, previous, null);
    }

    /**
     * {@link #of(Rule, SchoolTable, Rule, Needs)}, writing the columns it computes again, and the
     * totals, into arrays of {@code spare} where it can: needs for the same schools that are no
     * longer used, nor any result made from them (a sweep's needs of the variant before the last).
     * An array {@code spare} shares with {@code previous} is left alone. The needs are the same
     * whether or not there is a spare; {@code spare} may be null.
     *
     * @throws InputException as {@link Rule#evaluate} does
     */
    public static Needs of(Rule rule, SchoolTable schools, Rule previousRule, Needs previous, Needs spare) {
        if (previous == null
                || previous.size() != schools.size()
                || !(rule instanceof WeightedFormula after)
                || !(previousRule instanceof WeightedFormula before)
                || !after.basePerPupil().equals(before.basePerPupil())) {
            return rule.evaluate(schools);
        }
        if (after.equals(before)) {
            return previous;
        }
        ContextWeights weights = after.weights();
        boolean area = !weights.areaType().equals(before.weights().areaType());
        boolean remote =
                area || Double.compare(weights.remote(), before.weights().remote()) != 0;
        boolean kind = remote || !weights.schoolKind().equals(before.weights().schoolKind());
        boolean poor = after.loadings().poor().compareTo(before.loadings().poor()) != 0;
        boolean special =
                after.loadings().specialNeeds().compareTo(before.loadings().specialNeeds()) != 0;
        boolean lump = after.lumpSum().compareTo(before.lumpSum()) != 0;
        boolean small = !after.smallSchool().equals(before.smallSchool());
        int n = schools.size();
        int levels = Level.values().length;
        long[][] amounts = previous.amounts.clone();
        Spares spares = new Spares(spare, previous, n);
        long[] areaUplift = area ? (amounts[levels] = spares.next()) : null;
        long[] remoteUplift = remote ? (amounts[levels + 1] = spares.next()) : null;
        long[] kindUplift = kind ? (amounts[levels + 2] = spares.next()) : null;
        long[] poorLoading = poor ? (amounts[levels + 3] = spares.next()) : null;
        long[] specialNeedsLoading = special ? (amounts[levels + 4] = spares.next()) : null;
        long[] lumpColumn = lump ? (amounts[levels + 5] = spares.next()) : null;
        long[] smallColumn = small ? (amounts[levels + 6] = spares.next()) : null;
        long poorRate = poor ? Baht.toSatang(after.loadings().poor()) : 0;
        long specialNeedsRate = special ? Baht.toSatang(after.loadings().specialNeeds()) : 0;
        long lumpSatang = lump ? Baht.toSatang(after.lumpSum()) : 0;
        double[] areaWeight = new double[AreaType.values().length];
        for (AreaType type : AreaType.values()) {
            areaWeight[type.ordinal()] = weights.areaType().of(type);
        }
        double[] kindWeight = new double[SchoolKind.values().length];
        for (SchoolKind k : SchoolKind.values()) {
            kindWeight[k.ordinal()] = weights.schoolKind().of(k);
        }
        double remoteWeight = weights.remote();
        // The totals are updated by the changed columns as they are computed: with every amount small
        // (before and now) no sum of them overflows in any order, so the totals are the exact sums the
        // constructor adds column by column; otherwise the constructor adds them up and checks them.
        long[][] old = previous.amounts;
        long[] totals = spares.next();
        long[] previousTotals = previous.totals;
        boolean large = !previous.small;
        long sum = 0;
        int first = -1;
        for (int i = 0; i < n; i++) {
            long change = 0;
            if (kind) {
                long base = 0;
                for (int level = 0; level < levels; level++) {
                    base += amounts[level][i];
                }
                double wArea = areaWeight[schools.areaType(i).ordinal()];
                double wRemote = schools.remote(i) ? remoteWeight : 1.0;
                double wKind = kindWeight[schools.kind(i).ordinal()];
                if (area) {
                    long a = satang(base * (wArea - 1), schools, i);
                    areaUplift[i] = a;
                    change += a - old[levels][i];
                    large |= a > SMALL | a < -SMALL;
                }
                if (remote) {
                    long a = satang(base * wArea * (wRemote - 1), schools, i);
                    remoteUplift[i] = a;
                    change += a - old[levels + 1][i];
                    large |= a > SMALL | a < -SMALL;
                }
                long a = satang(base * wArea * wRemote * (wKind - 1), schools, i);
                kindUplift[i] = a;
                change += a - old[levels + 2][i];
                large |= a > SMALL | a < -SMALL;
            }
            if (poor) {
                long a = Math.multiplyExact(poorRate, (long) schools.poor(i));
                poorLoading[i] = a;
                change += a - old[levels + 3][i];
                large |= a > SMALL | a < -SMALL;
            }
            if (special) {
                long a = Math.multiplyExact(specialNeedsRate, (long) schools.specialNeeds(i));
                specialNeedsLoading[i] = a;
                change += a - old[levels + 4][i];
                large |= a > SMALL | a < -SMALL;
            }
            if (lump) {
                long a = schools.totalPupils(i) > 0 ? lumpSatang : 0;
                lumpColumn[i] = a;
                change += a - old[levels + 5][i];
                large |= a > SMALL | a < -SMALL;
            }
            if (small) {
                long a = Baht.roundToSatang(after.smallSchool().amountFor(schools.totalPupils(i)));
                smallColumn[i] = a;
                change += a - old[levels + 6][i];
                large |= a > SMALL | a < -SMALL;
            }
            long total = previousTotals[i] + change;
            totals[i] = total;
            // As firstTooLarge() checks them, thrown only once every column is computed (as the
            // constructor checks them after).
            sum += total;
            if (first < 0 && (total > Limits.MAX_NEED_SATANG || sum > Limits.MAX_NEED_SATANG)) {
                first = i;
            }
        }
        if (large || amounts.length > MAX_COLUMNS) {
            return new Needs(previous.components, amounts, schools);
        }
        if (first >= 0) {
            throw tooLarge(schools.id(first));
        }
        return new Needs(previous.components, amounts, totals);
    }

    /**
     * The arrays of spare needs that {@link #of(Rule, SchoolTable, Rule, Needs, Needs)} may write
     * over (those not shared with the previous needs), handed out one by one, then new arrays. Every
     * array handed out is written in full before it is read.
     */
    private static final class Spares {
        private final long[][] arrays;
        private int count;
        private final int n;

        Spares(Needs spare, Needs previous, int n) {
            this.n = n;
            if (spare == null || spare == previous || spare.size() != n) {
                arrays = new long[0][];
                return;
            }
            arrays = new long[spare.amounts.length + 1][];
            offer(spare.totals, previous);
            for (long[] column : spare.amounts) {
                offer(column, previous);
            }
        }

        private void offer(long[] array, Needs previous) {
            if (array == previous.totals) {
                return;
            }
            for (long[] column : previous.amounts) {
                if (array == column) {
                    return;
                }
            }
            for (int k = 0; k < count; k++) {
                if (arrays[k] == array) {
                    return;
                }
            }
            arrays[count++] = array;
        }

        long[] next() {
            return count > 0 ? arrays[--count] : new long[n];
        }
    }

    /** {@link #satang(double, String)}, naming the school only when it throws. */
    static long satang(double amount, SchoolTable schools, int i) {
        return Math.abs(amount) <= Limits.MAX_NEED_SATANG ? Math.round(amount) : satang(amount, schools.id(i));
    }

    /**
     * A computed amount of {@code school}'s need, rounded to the satang (halves up), checked against
     * {@link Limits#MAX_NEED_SATANG} before the conversion, which would otherwise saturate silently.
     *
     * @throws InputException if the amount is larger, or not a number
     */
    static long satang(double amount, String school) {
        if (!(Math.abs(amount) <= Limits.MAX_NEED_SATANG)) {
            throw tooLarge(school);
        }
        return Math.round(amount);
    }

    private static InputException tooLarge(String school) {
        return new InputException(new Problem(
                "",
                0,
                0,
                "rule",
                "",
                "The rule asks for more than " + Baht.display(Limits.MAX_NEED_SATANG) + " in all (reached at school "
                        + school + "), more than the engine can count.",
                "Its weights and amounts multiply; lower the largest of them (each is within its own limit, but"
                        + " not together)."));
    }

    /** The arrays these needs are held in, the totals first (for tests of the spares). */
    List<long[]> arrays() {
        List<long[]> all = new java.util.ArrayList<>(amounts.length + 1);
        all.add(totals);
        all.addAll(List.of(amounts));
        return all;
    }

    /** The components, in column order. */
    public List<Component> components() {
        return components;
    }

    /** How many schools. */
    public int size() {
        return totals.length;
    }

    /** The amount of component {@code component} (its index in {@link #components()}) for school {@code i}, in satang. */
    public long amount(int component, int i) {
        return amounts[component][i];
    }

    /** The total need of school {@code i}, in satang. */
    public long total(int i) {
        return totals[i];
    }

    /** The total need of all schools, in satang. */
    public long grandTotal() {
        long sum = 0;
        for (long total : totals) {
            sum += total; // at most MAX_NEED_SATANG, checked when built
        }
        return sum;
    }
}
