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
package th.allocation.evaluate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.allocation.InputException;
import th.allocation.input.ResultsTable;
import th.allocation.model.Limits;
import th.allocation.scenario.CostBasis;
import th.allocation.scenario.Goal;
import th.allocation.scenario.Indicator;

/**
 * A target-driven allocation judged against what schools achieved a year later: for each school
 * and each unit of every level (the centre, clusters, ESAs, networks, area types) and each
 * indicator, the baseline, the target in force, the value projected, the value achieved, the gap
 * closed, the money put against it, the cost per unit of gap closed against the cost assumed, and a
 * {@link Status}; the same by goal; and, per indicator, next year's unit cost learnt from this year.
 *
 * <pre>{@code
 * Plan plan = Plan.of(RunFolderReader.read(Path.of("out/targets")));    // or Plan.of(engine.allocate())
 * ResultsTable results = ResultsReader.read(Path.of("results-2571.csv"));
 * Evaluation evaluation = Evaluation.of(plan, results, EvaluationOptions.defaults());
 * UnitResult centre = evaluation.unit(Level.CENTRE, "all", "reading").orElseThrow();
 * centre.status();                                   // MET, ON_TRACK, OFF_TRACK or WORSE
 * evaluation.indicatorResults().get(0).nextCost();   // next year's cost of closing a unit of gap
 * }</pre>
 *
 * <p>Aggregates are means weighted by pupils when the indicator's cost is per pupil (every pupil
 * counts the same) and one per school when it is per school. A unit's target is the one in force
 * for it (its own local override, else the one above it, else the central target; see {@code
 * UnitTargets}). The evaluation is computed once, when made, in time linear in schools x
 * indicators x levels; it is immutable and safe to share between threads.
 */
public final class Evaluation {
    private final Plan plan;
    private final EvaluationOptions options;
    private final String resultsSource;
    private final Join.Joined joined;
    private final byte[][] status;
    private final List<UnitResult> units;
    private final Map<Level, List<UnitResult>> byLevel;
    private final List<GoalResult> goals;
    private final List<IndicatorResult> indicatorResults;

    private Evaluation(Plan plan, ResultsTable results, EvaluationOptions options) {
        this.plan = plan;
        this.options = options;
        this.resultsSource = results.source();
        this.joined = Join.of(plan, results, options);
        int k = plan.indicators().size();
        int n = plan.size();
        status = new byte[k][n];
        for (int j = 0; j < k; j++) {
            Indicator indicator = plan.indicators().get(j);
            for (int i = 0; i < n; i++) {
                status[j][i] = (byte)
                        figures(j, i, indicator).status(options.onTrackShare()).ordinal();
            }
        }
        units = List.copyOf(Aggregation.units(plan, joined, status, options));
        Map<Level, List<UnitResult>> levels = new EnumMap<>(Level.class);
        int from = 0;
        for (Level level : Level.values()) {
            int count = plan.units(level).size() * plan.indicators().size();
            levels.put(level, units.subList(from, from + count));
            from += count;
        }
        byLevel = levels;
        goals = List.copyOf(goals(units, plan.indicators()));
        indicatorResults = List.copyOf(learn());
    }

    /** Evaluates with the default options. */
    public static Evaluation of(Plan plan, ResultsTable results) {
        return of(plan, results, EvaluationOptions.defaults());
    }

    /**
     * Evaluates {@code plan} against {@code results}.
     *
     * @throws InputException listing every problem of the join, each located: a column that is no
     *     indicator of the scenario, rows of a year that does not follow the allocation's, a school
     *     of the results the allocation does not have or one of the allocation without a row, a
     *     realised value outside its indicator's range
     */
    public static Evaluation of(Plan plan, ResultsTable results, EvaluationOptions options) {
        return new Evaluation(plan, results, options);
    }

    /** Whether an indicator's aggregates are weighted by pupils: its cost is per pupil. */
    public static boolean pupilWeighted(Indicator indicator) {
        return indicator.cost().per() == CostBasis.PUPIL;
    }

    /** The plan evaluated. */
    public Plan plan() {
        return plan;
    }

    /** The options. */
    public EvaluationOptions options() {
        return options;
    }

    /** How messages name the results, e.g. their file. */
    public String resultsSource() {
        return resultsSource;
    }

    /** The fiscal year (B.E.) of the allocation. */
    public int fiscalYear() {
        return plan.fiscalYear();
    }

    /** The fiscal year the results were measured in: the year after the allocation's. */
    public int resultsYear() {
        return joined.year();
    }

    /** The indicators, in the scenario's order. */
    public List<Indicator> indicators() {
        return plan.indicators();
    }

    /** Indicator {@code k}'s realised value at school {@code i}; NaN if not measured. */
    public double achieved(int k, int i) {
        return joined.achieved()[k][i];
    }

    /** Whether the results had a column for indicator {@code k}. */
    public boolean measured(int k) {
        return joined.measured()[k];
    }

    /** Money school {@code i} reported spending in all, in satang; {@link ResultsTable#NOT_REPORTED} if not. */
    public long spent(int i) {
        return joined.spent()[i];
    }

    /** Money school {@code i} reported spending against indicator {@code k}; {@link ResultsTable#NOT_REPORTED} if not. */
    public long spentAgainst(int k, int i) {
        return joined.spentAgainst()[k][i];
    }

    /** School {@code i}'s status on indicator {@code k}. */
    public Status status(int k, int i) {
        return Status.values()[status[k][i]];
    }

    /** School {@code i}'s evaluation on indicator {@code k}. */
    public SchoolResult school(int k, int i) {
        Indicator indicator = plan.indicators().get(k);
        Figures figures = figures(k, i, indicator);
        long money = plan.money(k, i);
        boolean counted = money > 0 && !Double.isNaN(figures.achieved());
        double weight = pupilWeighted(indicator) ? plan.pupils(i) : 1;
        long spent = joined.spentAgainst()[k][i] == ResultsTable.NOT_REPORTED ? money : joined.spentAgainst()[k][i];
        Spending spending = new Spending(
                indicator.cost().per(),
                counted ? 1 : 0,
                money,
                spent,
                counted ? weight * figures.gapClosed() : 0,
                counted ? weight * figures.gapClosedProjected() : 0);
        return new SchoolResult(plan.id(i), plan.name(i), indicator, plan.pupils(i), figures, spending, status(k, i));
    }

    /** Every unit's evaluation: level by level (centre first), unit by unit, indicator by indicator. */
    public List<UnitResult> units() {
        return units;
    }

    /** The units of one level, in order. */
    public List<UnitResult> units(Level level) {
        return byLevel.get(level);
    }

    /** One unit's evaluation on one indicator (by its name), if there is such a unit. */
    public Optional<UnitResult> unit(Level level, String unit, String indicator) {
        return byLevel.get(level).stream()
                .filter(u -> u.level() == level
                        && u.unit().equals(unit)
                        && u.indicator().name().equals(indicator))
                .findFirst();
    }

    /** Every unit's evaluation by goal, in the order of {@link #units()}, goals in their declared order. */
    public List<GoalResult> goals() {
        return goals;
    }

    /** Per indicator: costs assumed and observed, next year's cost, noise. */
    public List<IndicatorResult> indicatorResults() {
        return indicatorResults;
    }

    private Figures figures(int k, int i, Indicator indicator) {
        return Figures.ofSchool(
                indicator.direction(),
                plan.baseline(k, i),
                plan.target(k, i),
                plan.projected(k, i),
                joined.achieved()[k][i]);
    }

    private static List<GoalResult> goals(List<UnitResult> units, List<Indicator> indicators) {
        List<GoalResult> goals = new ArrayList<>();
        int k = indicators.size();
        for (int start = 0; start < units.size(); start += k) {
            UnitResult first = units.get(start);
            Map<Goal, List<UnitResult>> byGoal = new EnumMap<>(Goal.class);
            for (int j = 0; j < k; j++) {
                UnitResult row = units.get(start + j);
                byGoal.computeIfAbsent(row.indicator().goal(), g -> new ArrayList<>())
                        .add(row);
            }
            byGoal.forEach((goal, rows) -> {
                long money = 0;
                int[] counts = new int[Status.values().length];
                Status worst = Status.NO_DATA;
                for (UnitResult row : rows) {
                    money += row.money();
                    counts[row.status().ordinal()]++;
                    worst = Status.worst(worst, row.status());
                }
                goals.add(new GoalResult(
                        first.level(),
                        first.unit(),
                        first.parent(),
                        goal,
                        rows.stream().map(r -> r.indicator().name()).toList(),
                        money,
                        worst,
                        StatusCounts.of(counts)));
            });
        }
        return goals;
    }

    private List<IndicatorResult> learn() {
        List<IndicatorResult> results = new ArrayList<>();
        int k = plan.indicators().size();
        for (int j = 0; j < k; j++) {
            Indicator indicator = plan.indicators().get(j);
            UnitResult centre = units.get(j);
            int count = 0;
            double mean = 0;
            double squares = 0;
            for (int i = 0; i < plan.size(); i++) {
                double a = joined.achieved()[j][i];
                if (Double.isNaN(a) || plan.money(j, i) > 0) {
                    continue;
                }
                Figures figures = figures(j, i, indicator);
                if (!(figures.gapBaseline() > 0)) {
                    continue;
                }
                // Welford's running mean and sum of squares, stable for 1.5 million schools.
                double change = figures.progress();
                count++;
                double delta = change - mean;
                mean += delta / count;
                squares += delta * (change - mean);
            }
            BigDecimal cost = indicator.cost().amount();
            results.add(new IndicatorResult(
                    indicator,
                    joined.ranges()[j],
                    joined.measured()[j],
                    centre.spending(),
                    centre.schoolStatuses(),
                    count,
                    count == 0 ? Double.NaN : mean,
                    count < 2 ? Double.NaN : Math.sqrt(squares / count),
                    options.shrinkage(),
                    cost,
                    nextCost(indicator, centre.spending().efficiency(), options.shrinkage())));
        }
        return results;
    }

    /**
     * Next year's cost: {@code cost / (s + (1 - s) x max(0, e))}, rounded to the satang (halves up),
     * between 0.01 and the engine's limit for a cost per pupil or per school; the cost itself where
     * the efficiency {@code e} is undefined (no money, nothing projected).
     */
    static BigDecimal nextCost(Indicator indicator, double efficiency, double shrinkage) {
        BigDecimal cost = indicator.cost().amount();
        if (Double.isNaN(efficiency)) {
            return cost;
        }
        BigDecimal divisor = BigDecimal.valueOf(shrinkage + (1 - shrinkage) * Math.max(0, efficiency));
        BigDecimal next = cost.divide(divisor, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
        BigDecimal limit =
                indicator.cost().per() == CostBasis.PUPIL ? Limits.MAX_PER_PUPIL_BAHT : Limits.MAX_PER_SCHOOL_BAHT;
        return next.min(limit).max(new BigDecimal("0.01"));
    }
}
