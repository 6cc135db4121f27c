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
package th.allocation.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.rule.AreaTypeWeights;
import th.allocation.rule.ContextWeights;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.rule.Loadings;
import th.allocation.rule.Rule;
import th.allocation.rule.SchoolKindWeights;
import th.allocation.rule.SmallSchoolTaper;
import th.allocation.rule.WeightedFormula;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Cost;
import th.allocation.scenario.CostBasis;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Envelope;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Goal;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Objective;
import th.allocation.scenario.ReturnSegment;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;

/**
 * Seeded QuickTheories generators of schools and scenarios for property tests: the one place
 * where random test data is made, shared by every module's tests through the test jar.
 */
public final class RandomCases {
    private RandomCases() {}

    /** A list of schools and a scenario to allocate to them. */
    public record Case(List<School> schools, Scenario scenario) {}

    /** Schools of every context, from empty schools to large ones, with and without a previous allocation. */
    public static Gen<List<School>> schools(int minSize, int maxSize) {
        return in -> {
            int n = (int) in.next(Constraint.between(minSize, maxSize));
            List<School> schools = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                schools.add(school(in, String.format("S%05d", i)));
            }
            return schools;
        };
    }

    /** One random school with the given id. */
    public static School school(RandomnessSource in, String id) {
        boolean empty = in.next(Constraint.between(0, 19)) == 0;
        int scale = (int) in.next(Constraint.between(0, 3));
        int max = new int[] {30, 150, 700, 2500}[scale];
        Enrolment pupils = empty
                ? Enrolment.NONE
                : new Enrolment(count(in, max / 8), count(in, max), count(in, max / 2), count(in, max / 2));
        int total = (int) pupils.total();
        int poor = total == 0 ? 0 : (int) in.next(Constraint.between(0, total));
        int specialNeeds = total == 0 ? 0 : (int) in.next(Constraint.between(0, Math.min(total, 40)));
        AreaType area = AreaType.values()[(int) in.next(Constraint.between(0, AreaType.values().length - 1))];
        SchoolKind kind = SchoolKind.values()[(int) in.next(Constraint.between(0, SchoolKind.values().length - 1))];
        boolean remote = in.next(Constraint.between(0, 3)) == 0;
        School school = School.of(id, "โรงเรียน " + id)
                .withHierarchy("C" + in.next(Constraint.between(1, 3)), "E" + in.next(Constraint.between(1, 6)), "")
                .withContext(area, remote, kind)
                .withPupils(pupils, specialNeeds, poor);
        if (in.next(Constraint.between(0, 4)) > 0) {
            long previous = in.next(Constraint.between(0, 2_000L * (total + 1))) * 100;
            school = school.withPreviousAllocation(previous);
        }
        return school;
    }

    private static int count(RandomnessSource in, int max) {
        return in.next(Constraint.between(0, 2)) == 0 ? 0 : (int) in.next(Constraint.between(0, Math.max(0, max)));
    }

    /**
     * Per-pupil amounts of schools with their pupils and a group each, columnar, for the equity
     * statistics.
     *
     * @param perPupil positive per-pupil amounts in baht
     * @param pupils pupils per school, at least 1
     * @param groups a group index per school, in {@code [0, groupCount)}
     * @param groupCount how many groups
     */
    public record WeightedAmounts(double[] perPupil, long[] pupils, int[] groups, int groupCount) {
        /** The columns in full, so that a failing property test shows its case. */
        @Override
        public String toString() {
            return "WeightedAmounts[perPupil=" + java.util.Arrays.toString(perPupil) + ", pupils="
                    + java.util.Arrays.toString(pupils) + ", groups=" + java.util.Arrays.toString(groups)
                    + ", groupCount=" + groupCount + "]";
        }
    }

    /**
     * Weighted amounts: per-pupil amounts from 1 to 20,000 baht in satang steps, or (one case in
     * three) a few round amounts with many ties; pupils from 1 to 2,500 with some very small schools;
     * one to four groups.
     */
    public static Gen<WeightedAmounts> weightedAmounts(int minSchools, int maxSchools) {
        return in -> {
            int n = (int) in.next(Constraint.between(minSchools, maxSchools));
            int groupCount = (int) in.next(Constraint.between(1, 4));
            boolean ties = in.next(Constraint.between(0, 2)) == 0;
            double[] perPupil = new double[n];
            long[] pupils = new long[n];
            int[] groups = new int[n];
            for (int i = 0; i < n; i++) {
                perPupil[i] = ties
                        ? 1000.0 * in.next(Constraint.between(1, 5))
                        : in.next(Constraint.between(100, 2_000_000)) / 100.0;
                pupils[i] = in.next(Constraint.between(0, 9)) == 0
                        ? in.next(Constraint.between(1, 3))
                        : in.next(Constraint.between(1, 2500));
                groups[i] = (int) in.next(Constraint.between(0, groupCount - 1));
            }
            return new WeightedAmounts(perPupil, pupils, groups, groupCount);
        };
    }

    /** A rule: flat or weighted, with random rates, weights, loadings and school-level amounts. */
    public static Rule rule(RandomnessSource in) {
        LevelAmounts rates = new LevelAmounts(
                money(in, 500, 5000), money(in, 500, 5000), money(in, 500, 6000), money(in, 500, 6000));
        if (in.next(Constraint.between(0, 3)) == 0) {
            return new FlatPerHead(rates);
        }
        AreaTypeWeights area = new AreaTypeWeights(weight(in), weight(in), weight(in), weight(in), weight(in));
        SchoolKindWeights kind = new SchoolKindWeights(weight(in), weight(in), weight(in), weight(in));
        ContextWeights weights = new ContextWeights(area, 1.0 + in.next(Constraint.between(0, 100)) / 100.0, kind);
        Loadings loadings = new Loadings(money(in, 0, 5000), money(in, 0, 8000));
        int fullUpTo = (int) in.next(Constraint.between(0, 80));
        int zeroFrom = fullUpTo + 20 + (int) in.next(Constraint.between(0, 200));
        // Keep the taper within the monotonicity guard: at most 300 THB per pupil, below the cheapest
        // pupil (a rate of at least 500 THB times weights of at least 0.8 each: 320 THB).
        BigDecimal taper = BigDecimal.valueOf(in.next(Constraint.between(0, 300L * (zeroFrom - fullUpTo))));
        return new WeightedFormula(
                rates, weights, loadings, money(in, 0, 100_000), new SmallSchoolTaper(taper, fullUpTo, zeroFrom));
    }

    private static double weight(RandomnessSource in) {
        return 0.8 + in.next(Constraint.between(0, 120)) / 100.0;
    }

    private static BigDecimal money(RandomnessSource in, long min, long max) {
        return BigDecimal.valueOf(in.next(Constraint.between(min * 100, max * 100)), 2);
    }

    /** A rounding unit: a satang, a baht, or a round number of baht. */
    public static BigDecimal unit(RandomnessSource in) {
        return new BigDecimal[] {
                    new BigDecimal("0.01"),
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    BigDecimal.valueOf(100),
                    BigDecimal.valueOf(1000)
                }
                [(int) in.next(Constraint.between(0, 4))];
    }

    /**
     * A case with floors, caps and a budget between half and twice what the schools had last year
     * (or, without a budget, the rule's own total). Some cases are infeasible on purpose.
     */
    public static Gen<Case> cases(int minSchools, int maxSchools) {
        Gen<List<School>> schools = schools(minSchools, maxSchools);
        return in -> {
            List<School> list = schools.generate(in);
            Rule rule = rule(in);
            BigDecimal unit = unit(in);
            Floors floors = in.next(Constraint.between(0, 1)) == 0
                    ? Floors.NONE
                    : new Floors(money(in, 0, 2500), BigDecimal.valueOf(in.next(Constraint.between(0, 100))));
            Caps caps = in.next(Constraint.between(0, 1)) == 0
                    ? Caps.NONE
                    : new Caps(BigDecimal.valueOf(100 + in.next(Constraint.between(0, 200))));
            BigDecimal budget = null;
            if (in.next(Constraint.between(0, 4)) > 0) {
                long reference = 0;
                for (School school : list) {
                    reference += school.previousAllocation().orElse(2_500L * 100 * school.totalPupils());
                }
                long units = reference
                        * in.next(Constraint.between(50, 200))
                        / 100
                        / unit.movePointRight(2).longValue();
                budget = unit.multiply(BigDecimal.valueOf(units));
            }
            return new Case(list, new Scenario("random", 2570, "", budget, unit, Map.of(), rule, floors, caps));
        };
    }

    /** A case for target-driven allocation: schools with indicators "reading" and "computers", and targets. */
    public static Gen<Case> targetCases(int minSchools, int maxSchools) {
        Gen<List<School>> schools = schools(minSchools, maxSchools);
        return in -> {
            List<School> list = new ArrayList<>();
            for (School school : schools.generate(in)) {
                double reading = in.next(Constraint.between(0, 100)) / 100.0;
                double computers = 1 + in.next(Constraint.between(0, 400)) / 10.0;
                list.add(school.withIndicators(java.util.Map.of("reading", reading, "computers", computers)));
            }
            Rule rule = rule(in);
            BigDecimal unit = unit(in);
            Floors floors = in.next(Constraint.between(0, 2)) == 0
                    ? new Floors(money(in, 0, 1500), BigDecimal.valueOf(in.next(Constraint.between(0, 100))))
                    : Floors.NONE;
            Caps caps = in.next(Constraint.between(0, 2)) == 0
                    ? new Caps(BigDecimal.valueOf(100 + in.next(Constraint.between(0, 300))))
                    : Caps.NONE;
            List<Indicator> indicators = new ArrayList<>();
            List<ReturnSegment> pieces = in.next(Constraint.between(0, 1)) == 0
                    ? List.of()
                    : List.of(
                            new ReturnSegment(0.5, 1.0),
                            new ReturnSegment(1.0, 1.0 + in.next(Constraint.between(0, 30)) / 10.0));
            indicators.add(new Indicator(
                    "reading",
                    "reading",
                    Goal.QUALITY,
                    Direction.HIGHER,
                    0.3 + in.next(Constraint.between(0, 50)) / 100.0,
                    1.0 + in.next(Constraint.between(0, 4)),
                    new Cost(CostBasis.PUPIL, money(in, 100, 5000)),
                    pieces,
                    List.of()));
            if (in.next(Constraint.between(0, 1)) == 0) {
                indicators.add(new Indicator(
                        "computers",
                        "computers",
                        Goal.OPPORTUNITY,
                        Direction.LOWER,
                        5.0 + in.next(Constraint.between(0, 20)),
                        0.5 + in.next(Constraint.between(0, 4)),
                        new Cost(
                                in.next(Constraint.between(0, 1)) == 0 ? CostBasis.SCHOOL : CostBasis.PUPIL,
                                money(in, 50, 50_000)),
                        List.of(),
                        List.of()));
            }
            List<Envelope> envelopes = new ArrayList<>();
            if (in.next(Constraint.between(0, 2)) == 0) {
                String area = AreaType.values()[(int) in.next(Constraint.between(0, 4))].key();
                boolean any =
                        list.stream().anyMatch(school -> school.areaType().key().equals(area));
                if (any) {
                    envelopes.add(new Envelope(
                            "area_type",
                            area,
                            null,
                            null,
                            BigDecimal.valueOf(in.next(Constraint.between(0, 30))),
                            null));
                }
            }
            Objective objective = Objective.values()[(int) in.next(Constraint.between(0, 2))];
            Targets.Spend spend = in.next(Constraint.between(0, 3)) == 0 ? Targets.Spend.AT_MOST : Targets.Spend.EXACT;
            Targets targets = new Targets(objective, spend, null, indicators, envelopes);
            long base = rule.evaluate(SchoolTable.of(list)).grandTotal();
            long unitSatang = unit.movePointRight(2).longValueExact();
            long units = (base + base * in.next(Constraint.between(0, 40)) / 100) / unitSatang + 1;
            BigDecimal budget = unit.multiply(BigDecimal.valueOf(units));
            return new Case(
                    list,
                    new Scenario("targets", 2570, "", budget, unit, java.util.Map.of(), rule, floors, caps, targets));
        };
    }
}
