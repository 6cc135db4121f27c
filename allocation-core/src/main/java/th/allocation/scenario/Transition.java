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
package th.allocation.scenario;

import java.math.BigDecimal;
import java.util.List;
import th.allocation.model.Limits;

/**
 * A path over several fiscal years from a baseline allocation to the scenario's own rule (the
 * {@code transition} of a scenario file; docs/model.md, Transitions). In year {@code k} of
 * {@code N} a school's need blends its share of the baseline and its share of the target rule,
 *
 * <pre>need_k(s) = (1 - w_k) x baseline(s) / sum(baseline) + w_k x target(s) / sum(target)</pre>
 *
 * scaled to that year's budget within that year's bounds: the per-pupil floor and cap against the
 * year before's allocation (year 1: the baseline) and the scenario's own floors and caps.
 *
 * @param from where the baseline comes from: {@value #FROM_PREVIOUS} (the school file's last-year
 *     column, the status quo; the default) or a scenario file (relative to the scenario file's folder)
 *     allocated at its own budget to the same schools
 * @param years how many fiscal years, the first being the scenario's {@code fiscal_year}
 * @param budgets each year's budget in baht, one per year; or {@code null} for the scenario's
 *     {@code budget} grown by {@code budgetGrowthPercent} a year
 * @param budgetGrowthPercent the budget's growth per year in percent (may be negative), compounded
 *     and rounded down to the rounding unit; {@code null} (0) when {@code budgets} is given or the
 *     budget stays as it is
 * @param shares the target rule's weight {@code w_k} in each year, from 0 to 1, one per year;
 *     {@code null} for the linear path {@code k / N}
 * @param perPupilFloorPercent the largest fall of a school's per-pupil allocation from the year
 *     before, in percent (-2 for at most 2% less a year); {@code null} for no such floor
 * @param perPupilCapPercent the largest rise of a school's per-pupil allocation from the year before,
 *     in percent (10 for at most 10% more a year); {@code null} for no such cap
 */
public record Transition(
        String from,
        Integer years,
        List<BigDecimal> budgets,
        BigDecimal budgetGrowthPercent,
        List<BigDecimal> shares,
        BigDecimal perPupilFloorPercent,
        BigDecimal perPupilCapPercent) {

    /** The baseline that is the school file's {@code previous_allocation} column. */
    public static final String FROM_PREVIOUS = "previous_allocation";

    /** The most years a transition may span. */
    public static final int MAX_YEARS = 50;

    /** Validates the transition on its own; {@link #check} checks it against its scenario. */
    public Transition {
        from = from == null || from.isBlank() ? FROM_PREVIOUS : from;
        if (years == null || years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("'transition.years' must be a number of years from 1 to " + MAX_YEARS
                    + " (" + years + "); the first year is the scenario's fiscal_year.");
        }
        if (budgets != null) {
            budgets = List.copyOf(budgets);
            if (budgets.size() != years) {
                throw new IllegalArgumentException("'transition.budgets' needs one budget per year: " + years
                        + " years, " + budgets.size() + " budgets.");
            }
            for (BigDecimal budget : budgets) {
                if (budget.signum() < 0 || !Limits.withinMagnitude(budget, Limits.MAX_AMOUNT_BAHT)) {
                    throw new IllegalArgumentException("'transition.budgets' must be amounts from 0 to "
                            + Limits.showBaht(Limits.MAX_AMOUNT_BAHT) + " THB (" + Limits.show(budget) + ").");
                }
            }
            if (budgetGrowthPercent != null) {
                throw new IllegalArgumentException("'transition' has both 'budgets' and 'budget_growth_percent'; give"
                        + " one: the budget of every year, or the first year's budget and its growth.");
            }
        }
        if (budgetGrowthPercent != null
                && (budgetGrowthPercent.compareTo(BigDecimal.valueOf(-100)) <= 0
                        || budgetGrowthPercent.compareTo(BigDecimal.valueOf(100)) > 0
                        || !Limits.hasAtMostDecimals(budgetGrowthPercent, 10))) {
            throw new IllegalArgumentException("'transition.budget_growth_percent' must be above -100 and at most 100,"
                    + " with at most 10 decimals (" + Limits.show(budgetGrowthPercent) + ").");
        }
        if (shares != null) {
            shares = List.copyOf(shares);
            if (shares.size() != years) {
                throw new IllegalArgumentException("'transition.shares' needs one share per year: " + years + " years, "
                        + shares.size() + " shares.");
            }
            for (BigDecimal share : shares) {
                if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || !Limits.hasAtMostDecimals(share, 10)) {
                    throw new IllegalArgumentException("'transition.shares' are the target rule's weight each year,"
                            + " from 0 to 1 with at most 10 decimals (" + Limits.show(share) + ").");
                }
            }
        }
        if (perPupilFloorPercent != null
                && (perPupilFloorPercent.compareTo(BigDecimal.valueOf(-100)) < 0
                        || perPupilFloorPercent.compareTo(BigDecimal.ZERO) > 0
                        || !Limits.hasAtMostDecimals(perPupilFloorPercent, 8))) {
            throw new IllegalArgumentException("'transition.per_pupil_floor_percent' is the largest fall a year, from"
                    + " -100 to 0 with at most 8 decimals (" + Limits.show(perPupilFloorPercent)
                    + "); -2 allows a school at most 2% less per pupil than the year before.");
        }
        if (perPupilCapPercent != null
                && (perPupilCapPercent.signum() < 0
                        || perPupilCapPercent.compareTo(Limits.MAX_PERCENT) > 0
                        || !Limits.hasAtMostDecimals(perPupilCapPercent, 8))) {
            throw new IllegalArgumentException("'transition.per_pupil_cap_percent' is the largest rise a year, from 0"
                    + " to " + Limits.show(Limits.MAX_PERCENT) + " with at most 8 decimals ("
                    + Limits.show(perPupilCapPercent) + "); 10 allows at most 10% more per pupil.");
        }
    }

    /** Whether the baseline is the school file's {@code previous_allocation} column. */
    public boolean fromPrevious() {
        return FROM_PREVIOUS.equals(from);
    }

    /**
     * The target rule's weight in year {@code k} (1 to {@code years}) as a fraction
     * {@code {numerator, denominator}}: {@code shares[k - 1]}, or {@code k / years} on the linear path.
     */
    public long[] share(int k) {
        if (shares == null) {
            return new long[] {k, years};
        }
        BigDecimal share = shares.get(k - 1).stripTrailingZeros();
        int scale = Math.max(0, share.scale());
        return new long[] {
            share.movePointRight(scale).longValueExact(),
            BigDecimal.ONE.movePointRight(scale).longValueExact()
        };
    }

    /**
     * Checks the transition against the rest of its scenario: a formula scenario (no targets, no
     * levels) with a budget for every year whose first year, if both are given, is the scenario's.
     *
     * @throws IllegalArgumentException saying what to change
     */
    void check(BigDecimal budget, BigDecimal roundingUnit, boolean targets, boolean levels) {
        if (targets || levels) {
            throw new IllegalArgumentException("A scenario with a 'transition' allocates by formula each year; remove"
                    + " its 'targets' and 'levels', or the transition.");
        }
        if (budgets == null && budget == null) {
            throw new IllegalArgumentException("A 'transition' needs a budget for each year: give the scenario's"
                    + " 'budget' (with 'budget_growth_percent' if it changes), or 'transition.budgets'.");
        }
        if (budgets != null && budget != null && budgets.get(0).compareTo(budget) != 0) {
            throw new IllegalArgumentException("The first of 'transition.budgets' (" + Limits.show(budgets.get(0))
                    + ") is not the scenario's 'budget' (" + Limits.show(budget) + "); they are the same year's.");
        }
        if (budgets != null) {
            for (BigDecimal b : budgets) {
                if (b.divide(roundingUnit, java.math.MathContext.DECIMAL128)
                                .stripTrailingZeros()
                                .scale()
                        > 0) {
                    throw new IllegalArgumentException("'transition.budgets' (" + Limits.show(b)
                            + ") is not a whole number of rounding units (" + Limits.show(roundingUnit) + " THB).");
                }
            }
        }
    }

    /** A linear transition over {@code years} from {@code previous_allocation}, at the scenario's budget. */
    public static Transition linear(int years, BigDecimal perPupilFloorPercent) {
        return new Transition(FROM_PREVIOUS, years, null, null, null, perPupilFloorPercent, null);
    }
}
