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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.input.ResultsReader;
import th.allocation.input.ResultsTable;
import th.allocation.scenario.Indicator;

/**
 * Joins a results table to a plan: each column to an indicator, each row to a school, and checks
 * what the reader could not: columns the scenario does not know, years that do not follow the
 * allocation's, schools missing on either side, values outside an indicator's range. Every problem
 * is collected and located (file, line, column, school) before one {@link InputException}.
 */
final class Join {
    /** At most this many problems are listed; the rest are counted. */
    static final int MAX_PROBLEMS = ResultsReader.MAX_PROBLEMS;

    /** How many unknown school ids get a "did you mean" (each costs a pass over the plan's ids). */
    private static final int SUGGESTIONS = 10;

    /**
     * What the results add to the plan.
     *
     * @param year the fiscal year the results were measured in
     * @param achieved realised values by indicator and school, NaN where not measured
     * @param measured whether the results have a column for each indicator
     * @param spent money spent in all by school, in satang; {@link ResultsTable#NOT_REPORTED} where not given
     * @param spentAgainst money spent against each indicator by school; {@link ResultsTable#NOT_REPORTED} where not given
     * @param ranges the range each indicator's values were checked against
     */
    record Joined(
            int year, double[][] achieved, boolean[] measured, long[] spent, long[][] spentAgainst, Range[] ranges) {}

    private final Plan plan;
    private final ResultsTable results;
    private final EvaluationOptions options;
    private final List<Problem> problems = new ArrayList<>();
    private long problemCount;

    private Join(Plan plan, ResultsTable results, EvaluationOptions options) {
        this.plan = plan;
        this.results = results;
        this.options = options;
    }

    static Joined of(Plan plan, ResultsTable results, EvaluationOptions options) {
        return new Join(plan, results, options).run();
    }

    private Joined run() {
        List<Indicator> indicators = plan.indicators();
        int k = indicators.size();
        int n = plan.size();
        int[] valueColumn = new int[k];
        Arrays.fill(valueColumn, -1);
        int[] spentColumn = new int[k];
        Arrays.fill(spentColumn, -1);
        mapValueColumns(indicators, valueColumn);
        int totalColumn = mapMoneyColumns(indicators, spentColumn);
        for (String name : options.ranges().keySet()) {
            if (indicators.stream().noneMatch(i -> i.name().equals(name))) {
                report(Problem.of(
                        results.source(),
                        "A range is given for '" + name + "', which is not an indicator of the scenario.",
                        Suggestions.closest(name, names(indicators))
                                .map(s -> "Did you mean '" + s + "'?")
                                .orElse("The indicators are " + String.join(", ", names(indicators)) + ".")));
            }
        }
        if (problemCount > 0) {
            throw failure();
        }
        Range[] ranges = new Range[k];
        for (int j = 0; j < k; j++) {
            ranges[j] = Ranges.of(plan, j, options);
        }
        int year = plan.fiscalYear() + 1;
        double[][] achieved = new double[k][n];
        for (double[] column : achieved) {
            Arrays.fill(column, Double.NaN);
        }
        long[] spent = new long[n];
        Arrays.fill(spent, ResultsTable.NOT_REPORTED);
        long[][] spentAgainst = new long[k][n];
        for (long[] column : spentAgainst) {
            Arrays.fill(column, ResultsTable.NOT_REPORTED);
        }
        boolean[] seen = new boolean[n];
        Map<Integer, long[]> otherYears = new LinkedHashMap<>(); // year -> first line, rows, first row
        List<Integer> unknown = new ArrayList<>();
        int ofYear = 0;
        int hint = 0; // results in the plan's order (school id) are joined without a search
        for (int r = 0; r < results.size(); r++) {
            if (results.fiscalYear(r) != year) {
                int row = r;
                long[] first = otherYears.computeIfAbsent(results.fiscalYear(r), y -> new long[] {0, 0, row});
                first[1]++;
                continue;
            }
            ofYear++;
            int i = plan.indexOf(results.id(r), hint);
            hint = i + 1;
            if (i < 0) {
                unknown.add(r);
                continue;
            }
            seen[i] = true;
            for (int j = 0; j < k; j++) {
                if (valueColumn[j] >= 0) {
                    double value = results.value(valueColumn[j], r);
                    if (!Double.isNaN(value) && !ranges[j].contains(value)) {
                        report(Problem.atRow(
                                results.source(),
                                results.line(r),
                                results.valueColumns().get(valueColumn[j]),
                                results.id(r),
                                Range.plain(value) + " is outside the range of "
                                        + indicators.get(j).name() + ", " + ranges[j].describe() + " ("
                                        + ranges[j].basis() + ").",
                                "Check the value; if the indicator can take it, give its range, e.g. --range "
                                        + indicators.get(j).name() + "=MIN:MAX."));
                    }
                    achieved[j][i] = value;
                }
                if (spentColumn[j] >= 0) {
                    spentAgainst[j][i] = results.money(spentColumn[j], r);
                }
            }
            if (totalColumn >= 0) {
                spent[i] = results.money(totalColumn, r);
            }
        }
        otherYears.forEach((other, first) -> {
            int r = (int) first[2];
            report(Problem.atRow(
                    results.source(),
                    results.line(r),
                    ResultsReader.FISCAL_YEAR,
                    results.id(r),
                    "The results are for fiscal year " + other + " (" + String.format(Locale.ROOT, "%,d", first[1])
                            + (first[1] == 1 ? " row" : " rows") + "), which does not follow the allocation's fiscal"
                            + " year " + plan.fiscalYear() + ": an allocation's results are those measured in the"
                            + " year after it, " + year + ".",
                    "Give the results measured in " + year + ", or evaluate the allocation of fiscal year "
                            + (other - 1) + "."));
        });
        reportSchools(unknown, seen, ofYear, year);
        if (problemCount > 0) {
            throw failure();
        }
        boolean[] measured = new boolean[k];
        for (int j = 0; j < k; j++) {
            measured[j] = valueColumn[j] >= 0;
        }
        return new Joined(year, achieved, measured, spent, spentAgainst, ranges);
    }

    private void mapValueColumns(List<Indicator> indicators, int[] valueColumn) {
        List<String> columns = results.valueColumns();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            int j = indicatorOf(indicators, column);
            if (j < 0) {
                report(new Problem(
                        results.source(),
                        1,
                        0,
                        column,
                        "",
                        "The column '" + column + "' is not an indicator of the scenario '"
                                + plan.scenario().name() + "'.",
                        Suggestions.closest(column, allNames(indicators))
                                        .map(s -> "Did you mean '" + s + "'? ")
                                        .orElse("")
                                + "Its indicators are " + describe(indicators) + "; remove the column or rename it."));
            } else if (valueColumn[j] >= 0) {
                report(new Problem(
                        results.source(),
                        1,
                        0,
                        column,
                        "",
                        "The columns '" + columns.get(valueColumn[j]) + "' and '" + column + "' both hold indicator "
                                + indicators.get(j).name() + ".",
                        "Keep one of them."));
            } else {
                valueColumn[j] = c;
            }
        }
    }

    /** Maps {@code spent_<indicator>} columns; returns the column of {@code spent}, or -1. */
    private int mapMoneyColumns(List<Indicator> indicators, int[] spentColumn) {
        int total = -1;
        List<String> columns = results.moneyColumns();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            if (column.equals(ResultsReader.SPENT)) {
                total = c;
                continue;
            }
            String rest = column.substring(ResultsReader.SPENT.length() + 1);
            int j = indicatorOf(indicators, rest);
            if (j < 0) {
                report(new Problem(
                        results.source(),
                        1,
                        0,
                        column,
                        "",
                        "The column '" + column + "' names no indicator of the scenario: money spent against an"
                                + " indicator is spent_<indicator>.",
                        Suggestions.closest(rest, allNames(indicators))
                                .map(s -> "Did you mean 'spent_" + s + "'?")
                                .orElse("Its indicators are " + describe(indicators) + ".")));
            } else if (spentColumn[j] >= 0) {
                report(new Problem(
                        results.source(),
                        1,
                        0,
                        column,
                        "",
                        "Two columns hold the money spent against "
                                + indicators.get(j).name() + ".",
                        "Keep one of them."));
            } else {
                spentColumn[j] = c;
            }
        }
        return total;
    }

    private void reportSchools(List<Integer> unknown, boolean[] seen, int ofYear, int year) {
        int missing = 0;
        for (boolean s : seen) {
            missing += s ? 0 : 1;
        }
        if (ofYear == 0) {
            if (problemCount == 0) {
                report(Problem.of(
                        results.source(),
                        "The results have no row for fiscal year " + year + ".",
                        "Give the results measured in " + year + ", the year after the allocation."));
            }
            return;
        }
        if (!unknown.isEmpty() && (ofYear - unknown.size()) * 2 < ofYear) {
            List<String> examples = new ArrayList<>();
            for (int e = 0; e < Math.min(3, unknown.size()); e++) {
                examples.add(results.id(unknown.get(e)));
            }
            report(Problem.of(
                    results.source(),
                    "The results are for another set of schools: " + count(ofYear - unknown.size()) + " of their "
                            + count(ofYear) + " rows name a school of the allocation (" + count(plan.size())
                            + " schools, " + plan.source() + "), e.g. not " + String.join(", ", examples) + ".",
                    "Check that the results and the allocation come from the same school file."));
            return;
        }
        for (int e = 0; e < unknown.size(); e++) {
            int r = unknown.get(e);
            String advice = e < SUGGESTIONS
                    ? Suggestions.closest(
                                    results.id(r),
                                    java.util.stream.IntStream.range(0, plan.size())
                                            .mapToObj(plan::id)
                                            .toList())
                            .map(s -> "Did you mean " + s + "? ")
                            .orElse("")
                    : "";
            report(Problem.atRow(
                    results.source(),
                    results.line(r),
                    ResultsReader.SCHOOL_ID,
                    results.id(r),
                    "The allocation (" + plan.source() + ") has no such school.",
                    advice + "Check the id against the school file, or remove the row."));
        }
        if (missing > 0) {
            for (int i = 0; i < seen.length; i++) {
                if (!seen[i]) {
                    report(new Problem(
                            results.source(),
                            0,
                            0,
                            ResultsReader.SCHOOL_ID,
                            plan.id(i),
                            "The school is in the allocation but has no row for fiscal year " + year + " in the"
                                    + " results.",
                            "Add a row for it, with the values left empty if they were not measured."));
                }
            }
        }
    }

    private static int indicatorOf(List<Indicator> indicators, String column) {
        String key = column.toLowerCase(Locale.ROOT);
        for (int j = 0; j < indicators.size(); j++) {
            Indicator indicator = indicators.get(j);
            if (indicator.name().toLowerCase(Locale.ROOT).equals(key)
                    || indicator.column().toLowerCase(Locale.ROOT).equals(key)) {
                return j;
            }
        }
        return -1;
    }

    private static List<String> names(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::name).toList();
    }

    private static List<String> allNames(List<Indicator> indicators) {
        List<String> names = new ArrayList<>(names(indicators));
        indicators.forEach(i -> names.add(i.column()));
        return names;
    }

    private static String describe(List<Indicator> indicators) {
        return String.join(
                ", ",
                indicators.stream()
                        .map(i -> i.column().equals(i.name()) ? i.name() : i.name() + " (column " + i.column() + ")")
                        .toList());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private void report(Problem problem) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    private InputException failure() {
        return new InputException(problems, problemCount, null);
    }
}
