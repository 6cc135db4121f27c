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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.allocation.internal.ParallelBlocks;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.model.Level;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * The needs-weighted formula (docs/formulas.md, Weighted formula), after Australia's Schooling Resource Standard
 * and England's National Funding Formula:
 *
 * <pre>
 * base(s)  = sum over levels l of rate(l) * pupils(s, l)
 * need(s)  = base(s) * w_area(s) * w_remote(s) * w_kind(s)
 *          + poor(s) * loading_poor + special_needs(s) * loading_special_needs
 *          + lump_sum + small_school(pupils(s))          (school-level amounts only if pupils(s) &gt; 0)
 * </pre>
 *
 * <p>The weighted part is reported as the base by level plus three uplifts, attributed in a fixed
 * order so that they add up: {@code area_type_uplift = base * (w_area - 1)}, {@code remote_uplift =
 * base * w_area * (w_remote - 1)}, {@code school_kind_uplift = base * w_area * w_remote * (w_kind - 1)}.
 * Each component is rounded to the satang, halves up.
 *
 * <p>The formula never gives less for more pupils, all else equal: the constructor rejects a
 * small-school taper that falls faster per pupil than the cheapest pupil adds.
 *
 * @param basePerPupil base baht per pupil by level
 * @param weights context weights on the base
 * @param loadings per-pupil loadings for poor and special-needs pupils
 * @param lumpSum baht per school with at least one pupil
 * @param smallSchool the tapering small-school amount
 */
public record WeightedFormula(
        LevelAmounts basePerPupil,
        ContextWeights weights,
        Loadings loadings,
        BigDecimal lumpSum,
        SmallSchoolTaper smallSchool)
        implements Rule {

    private static final List<Component> COMPONENTS = componentList();

    /**
     * Tables of at least this many schools have their needs worked out in blocks side by side: the
     * 1.5 M-school table, not the national one (29,449 schools), whose single pass is over sooner than
     * the pool's threads would start.
     */
    static final int PARALLEL_SCHOOLS = 1 << 17;

    /** The fewest schools in a block. */
    private static final int BLOCK_SCHOOLS = 1 << 14;

    /** Validates the parameters and fills in the defaults: weights 1, loadings and amounts 0. */
    public WeightedFormula {
        if (basePerPupil == null) {
            throw new IllegalArgumentException(
                    "A weighted rule needs 'base_per_pupil': baht per pupil for each level.");
        }
        weights = weights == null ? ContextWeights.NONE : weights;
        loadings = loadings == null ? Loadings.NONE : loadings;
        lumpSum = lumpSum == null ? BigDecimal.ZERO : lumpSum;
        Money.requirePerSchool(lumpSum, "lump_sum");
        smallSchool = smallSchool == null ? SmallSchoolTaper.NONE : smallSchool;
        double cheapestPupil = cheapestPupil(basePerPupil, weights);
        if (smallSchool.slope() > cheapestPupil) {
            throw new IllegalArgumentException(String.format(
                    "The small-school amount falls by %.2f THB per extra pupil on its taper, more than the cheapest"
                            + " pupil adds (%.2f THB), so a school would lose money by enrolling a pupil. Maybe widen"
                            + " the taper (raise zero_from) or lower the amount.",
                    smallSchool.slope(), cheapestPupil));
        }
    }

    @Override
    public String type() {
        return "weighted";
    }

    @Override
    public List<Component> components() {
        return COMPONENTS;
    }

    @Override
    public Needs evaluate(SchoolTable schools) {
        return evaluate(schools, PARALLEL_SCHOOLS, BLOCK_SCHOOLS);
    }

    /**
     * The needs of {@code schools}, in blocks side by side from {@code parallelFrom} schools on, each of
     * at least {@code leastBlock} (for tests of small tables in blocks).
     */
    Needs evaluate(SchoolTable schools, int parallelFrom, int leastBlock) {
        Objects.requireNonNull(schools, "schools");
        int n = schools.size();
        long[][] amounts = new long[COMPONENTS.size()][n];
        BaseComponents.fill(basePerPupil, schools, amounts);
        // The loadings and lump sum in satang, as {poor, special needs, lump sum}.
        long[] rates = {Baht.toSatang(loadings.poor()), Baht.toSatang(loadings.specialNeeds()), Baht.toSatang(lumpSum)};
        double[] areaWeight = new double[AreaType.values().length];
        for (AreaType type : AreaType.values()) {
            areaWeight[type.ordinal()] = weights.areaType().of(type);
        }
        double[] kindWeight = new double[SchoolKind.values().length];
        for (SchoolKind kind : SchoolKind.values()) {
            kindWeight[kind.ordinal()] = weights.schoolKind().of(kind);
        }
        double remoteWeight = weights.remote();
        // Each school's amounts depend on its own row alone: a large table's are worked out in blocks
        // side by side, the same amounts to the bit, and the same first failure as one pass.
        ParallelBlocks.runFirstFailure(
                n,
                ParallelBlocks.count(n, parallelFrom, leastBlock),
                (block, from, to) -> weigh(schools, amounts, rates, areaWeight, kindWeight, remoteWeight, from, to));
        return new Needs(COMPONENTS, amounts, schools);
    }

    /**
     * The weighted, loaded and school-level components of schools {@code from} to {@code to - 1}, from
     * their base by level in {@code amounts} and the {@code rates} in satang (poor, special needs, lump
     * sum).
     */
    private void weigh(
            SchoolTable schools,
            long[][] amounts,
            long[] rates,
            double[] areaWeight,
            double[] kindWeight,
            double remoteWeight,
            int from,
            int to) {
        int levels = Level.values().length;
        long[] areaUplift = amounts[levels];
        long[] remoteUplift = amounts[levels + 1];
        long[] kindUplift = amounts[levels + 2];
        long[] poorLoading = amounts[levels + 3];
        long[] specialNeedsLoading = amounts[levels + 4];
        long[] lump = amounts[levels + 5];
        long[] small = amounts[levels + 6];
        long poorRate = rates[0];
        long specialNeedsRate = rates[1];
        long lumpSatang = rates[2];
        for (int i = from; i < to; i++) {
            long base = 0;
            for (int level = 0; level < levels; level++) {
                base += amounts[level][i];
            }
            double wArea = areaWeight[schools.areaType(i).ordinal()];
            double wRemote = schools.remote(i) ? remoteWeight : 1.0;
            double wKind = kindWeight[schools.kind(i).ordinal()];
            areaUplift[i] = Needs.satang(base * (wArea - 1), schools, i);
            remoteUplift[i] = Needs.satang(base * wArea * (wRemote - 1), schools, i);
            kindUplift[i] = Needs.satang(base * wArea * wRemote * (wKind - 1), schools, i);
            poorLoading[i] = Math.multiplyExact(poorRate, (long) schools.poor(i));
            specialNeedsLoading[i] = Math.multiplyExact(specialNeedsRate, (long) schools.specialNeeds(i));
            long pupils = schools.totalPupils(i);
            lump[i] = pupils > 0 ? lumpSatang : 0;
            small[i] = Baht.roundToSatang(smallSchool.amountFor(pupils));
        }
    }

    private static double cheapestPupil(LevelAmounts rates, ContextWeights weights) {
        double cheapestRate = Double.MAX_VALUE;
        for (Level level : Level.values()) {
            cheapestRate = Math.min(cheapestRate, rates.of(level).doubleValue());
        }
        double lightestArea = Double.MAX_VALUE;
        for (AreaType type : AreaType.values()) {
            lightestArea = Math.min(lightestArea, weights.areaType().of(type));
        }
        double lightestKind = Double.MAX_VALUE;
        for (SchoolKind kind : SchoolKind.values()) {
            lightestKind = Math.min(lightestKind, weights.schoolKind().of(kind));
        }
        return cheapestRate * lightestArea * lightestKind;
    }

    private static List<Component> componentList() {
        List<Component> components = new ArrayList<>(BaseComponents.components("Base amount"));
        components.add(new Component("area_type_uplift", "Base times (area-type weight - 1)."));
        components.add(new Component("remote_uplift", "Base times area-type weight times (remote weight - 1)."));
        components.add(new Component(
                "school_kind_uplift", "Base times area-type and remote weights times (school-kind weight - 1)."));
        components.add(new Component("poor_loading", "Poor pupils times the poor-pupil loading."));
        components.add(new Component("special_needs_loading", "Special-needs pupils times the special-needs loading."));
        components.add(new Component("lump_sum", "The lump sum every school with pupils receives."));
        components.add(new Component("small_school", "The small-school amount, tapering with enrolment."));
        return List.copyOf(components);
    }
}
