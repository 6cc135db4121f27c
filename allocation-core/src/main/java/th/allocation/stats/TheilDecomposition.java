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
package th.allocation.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Theil's T of per-pupil amounts split exactly into the inequality between groups and the
 * inequality within them (H. Theil, <i>Economics and Information Theory</i>, North-Holland, 1967;
 * A. F. Shorrocks, "The class of additively decomposable inequality measures", <i>Econometrica</i>
 * 48(3), 1980). With {@code s_g = Y_g / Y} the group's share of the money, {@code mu_g} its mean per
 * pupil and {@code T_g} its own Theil's T:
 *
 * <pre>
 * T       = between + within
 * between = sum_g s_g ln(mu_g / mu)
 * within  = sum_g s_g T_g
 * </pre>
 *
 * The identity is exact in real arithmetic and holds to rounding (about 1e-15) in doubles. A group
 * without money ({@code s_g = 0}, or no pupils) contributes 0 to both parts, the limit of
 * {@code s ln s} as {@code s -> 0}; its own {@code theilT} and {@code mean} may then be NaN. When the
 * whole sample has no pupils or no money, every number is NaN.
 *
 * @param total Theil's T of the whole sample, {@link EquitySample#theilT()}
 * @param between the inequality between group means
 * @param within the money-share-weighted sum of the groups' own Theil's T
 * @param groups one term per group, in the sample's group order
 */
public record TheilDecomposition(double total, double between, double within, List<Group> groups) {

    /** Copies the list of groups. */
    public TheilDecomposition {
        groups = List.copyOf(groups);
    }

    /**
     * One group's part of the decomposition.
     *
     * @param label the group's name
     * @param schools the group's schools with pupils
     * @param pupils the group's pupils, {@code N_g}
     * @param pupilShare {@code N_g / N}
     * @param moneyShare {@code s_g = Y_g / Y}
     * @param mean the group's mean per pupil, {@code mu_g}; NaN if it has no pupils
     * @param theilT the group's own Theil's T, {@code T_g}; NaN if it has no pupils or no money
     * @param between the group's term of the between part, {@code s_g ln(mu_g / mu)} (may be negative)
     * @param within the group's term of the within part, {@code s_g T_g}
     */
    public record Group(
            String label,
            int schools,
            double pupils,
            double pupilShare,
            double moneyShare,
            double mean,
            double theilT,
            double between,
            double within) {}

    /**
     * Decomposes Theil's T of {@code sample} by its groups, in time linear in the number of schools.
     *
     * @throws IllegalStateException if the sample has no groups
     */
    public static TheilDecomposition of(EquitySample sample) {
        Objects.requireNonNull(sample, "sample");
        List<String> labels = sample.groups();
        if (labels.isEmpty()) {
            throw new IllegalStateException("This sample has no groups to decompose Theil's T by.\nMaybe build it with"
                    + " EquitySample.of(perPupil, pupils, groups, labels), or PerPupilSample.of(result, grouping).");
        }
        double total = sample.theilT();
        boolean undefined = Double.isNaN(total);
        double mean = sample.amount() / sample.pupils();
        double between = 0;
        double within = 0;
        List<Group> groups = new ArrayList<>(labels.size());
        // Each group's figures as its own sample gives them (EquitySample.group), computed once for every group.
        GroupPasses.Results results = sample.groupResults();
        for (int code = 0; code < labels.size(); code++) {
            EquityStatistics group = results.statistics()[code];
            double groupAmount = results.amounts()[code];
            double moneyShare = groupAmount / sample.amount();
            double groupMean = group.schools() == 0 ? Double.NaN : groupAmount / group.pupils();
            double groupTheil = group.theilT();
            double betweenTerm;
            double withinTerm;
            if (undefined) {
                betweenTerm = Double.NaN;
                withinTerm = Double.NaN;
            } else if (moneyShare > 0) {
                betweenTerm = moneyShare * Math.log(groupMean / mean);
                withinTerm = moneyShare * groupTheil;
            } else {
                betweenTerm = 0;
                withinTerm = 0;
            }
            between += betweenTerm;
            within += withinTerm;
            groups.add(new Group(
                    labels.get(code),
                    group.schools(),
                    group.pupils(),
                    group.pupils() / sample.pupils(),
                    moneyShare,
                    groupMean,
                    groupTheil,
                    betweenTerm,
                    withinTerm));
        }
        if (undefined) {
            return new TheilDecomposition(Double.NaN, Double.NaN, Double.NaN, groups);
        }
        return new TheilDecomposition(total, between, within, groups);
    }

    /** The share of the total due to differences between groups, {@code between / total}; NaN when total is 0. */
    public double betweenShare() {
        return between / total;
    }
}
