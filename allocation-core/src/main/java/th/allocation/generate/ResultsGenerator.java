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
package th.allocation.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.evaluate.Range;
import th.allocation.input.ResultsReader;
import th.allocation.input.ResultsTable;
import th.allocation.internal.SplitMix64;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Indicator;

/**
 * Plausible realised results for the year after a target-driven allocation, for examples and tests:
 * what each school achieved on each indicator, seeded and deterministic (the same plan and seed give
 * the same bytes on every machine).
 *
 * <p>The model, per school and indicator, with {@code b} the baseline, {@code p} the projection and
 * {@code sigma} a year's noise (0.15 times the standard deviation of the baselines across schools):
 *
 * <ul>
 *   <li>A school that got money for the indicator (and was projected to improve) moves towards its
 *       projection: {@code a = b + f x (p - b) + sigma x z}, where {@code f}, the share of the
 *       projected improvement realised, depends on how the school responds: as projected (55% of
 *       schools, {@code f = 1 + 0.25 z'}), better (15%, {@code f = 1.6 + 0.3 z'}), less (15%, {@code
 *       f = 0.35 + 0.2 z'}), or not at all (15%, {@code f = 0}); {@code z}, {@code z'} standard normal.
 *   <li>Every other school moves by noise alone: {@code a = b + sigma x z}.
 *   <li>One value in 500 is not measured (an empty cell).
 *   <li>Values stay within the indicator's range and within the span of this year's baselines and the
 *       target (a building-condition score stays between the lowest and highest score seen), and are
 *       rounded to the decimals of the baselines (at least 2, at most 4).
 * </ul>
 *
 * <p>Each school and indicator draws from its own stream ({@link SplitMix64#forPart}, keyed by the
 * school id's hash), so a school's values do not depend on the other schools. The file has {@code
 * school_id}, {@code fiscal_year} (the allocation's plus one) and one column per indicator, by name.
 */
public final class ResultsGenerator {
    /** The default seed. */
    public static final long DEFAULT_SEED = 2571;

    /** The share of values not measured. */
    static final double NOT_MEASURED = 0.002;

    private final long seed;

    private ResultsGenerator(long seed) {
        this.seed = seed;
    }

    /** A generator with the given seed. */
    public static ResultsGenerator withSeed(long seed) {
        return new ResultsGenerator(seed);
    }

    /** How schools responded, counted over schools and indicators. */
    public enum Response {
        /** Funded, realised about the projection. */
        AS_PROJECTED,
        /** Funded, realised more than projected. */
        BETTER,
        /** Funded, realised less than projected. */
        LESS,
        /** Funded, realised nothing. */
        NOT_AT_ALL,
        /** Not funded: noise only. */
        UNFUNDED,
        /** Not measured. */
        NOT_MEASURED
    }

    /** The results for {@code plan}, in memory; see the class description. */
    public ResultsTable generate(th.allocation.evaluate.Plan plan) {
        return generate(plan, new long[Response.values().length]);
    }

    private ResultsTable generate(th.allocation.evaluate.Plan plan, long[] responses) {
        int n = plan.size();
        List<Indicator> indicators = plan.indicators();
        Map<String, double[]> values = new HashMap<>();
        for (int k = 0; k < indicators.size(); k++) {
            values.put(indicators.get(k).name(), column(plan, k, responses));
        }
        String[] ids = new String[n];
        int[] years = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = plan.id(i);
            years[i] = plan.fiscalYear() + 1;
        }
        return ResultsTable.of("generated", ids, years, values, Map.of());
    }

    /**
     * Writes the results for {@code plan} to {@code file} as spreadsheet CSV, atomically (a hidden
     * temporary file beside it, then a rename); missing folders are created.
     *
     * @return how many values of each {@link Response} were drawn
     * @throws InputException if {@code file} is a folder
     * @throws UncheckedIOException if it cannot be written
     */
    public Map<Response, Long> write(th.allocation.evaluate.Plan plan, Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new InputException(Problem.of(
                    file.toString(),
                    "The output path is a folder, not a file.",
                    "Give a file name, e.g. results.csv."));
        }
        long[] responses = new long[Response.values().length];
        ResultsTable table = generate(plan, responses);
        List<Indicator> indicators = plan.indicators();
        int[] decimals = new int[indicators.size()];
        for (int k = 0; k < decimals.length; k++) {
            decimals[k] = decimals(plan, k);
        }
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = temporary(target);
            try (CSVPrinter csv = SpreadsheetCsv.open(temporary)) {
                List<String> header = new ArrayList<>(List.of(ResultsReader.SCHOOL_ID, ResultsReader.FISCAL_YEAR));
                indicators.forEach(i -> header.add(i.name()));
                csv.printRecord(header);
                String[] row = new String[header.size()];
                for (int r = 0; r < table.size(); r++) {
                    row[0] = SpreadsheetCsv.text(table.id(r));
                    row[1] = Integer.toString(table.fiscalYear(r));
                    for (int k = 0; k < indicators.size(); k++) {
                        double value = table.value(
                                table.valueColumn(indicators.get(k).name()).orElseThrow(), r);
                        row[2 + k] = Double.isNaN(value)
                                ? ""
                                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
                    }
                    csv.printRecord((Object[]) row);
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results file " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a hidden leftover file is harmless
                }
            }
        }
        Map<Response, Long> counts = new java.util.EnumMap<>(Response.class);
        for (Response response : Response.values()) {
            counts.put(response, responses[response.ordinal()]);
        }
        return counts;
    }

    private double[] column(th.allocation.evaluate.Plan plan, int k, long[] responses) {
        Indicator indicator = plan.indicators().get(k);
        int n = plan.size();
        double sign = indicator.direction() == Direction.HIGHER ? 1 : -1;
        double lowest = indicator.target();
        double highest = indicator.target();
        double mean = 0;
        double squares = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double b = plan.baseline(k, i);
            lowest = Math.min(lowest, b);
            highest = Math.max(highest, b);
            count++;
            double delta = b - mean;
            mean += delta / count;
            squares += delta * (b - mean);
        }
        double sd = count > 0 ? Math.sqrt(squares / count) : 0;
        double sigma = sd > 0 ? 0.15 * sd : 0.01 * Math.abs(indicator.target());
        Range range = plan.inferredRange(k);
        double min = Math.max(range.min(), lowest);
        double max = Math.min(range.max(), highest);
        int decimals = decimals(plan, k);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            SplitMix64 random = SplitMix64.forPart(seed, plan.id(i).hashCode(), k);
            if (random.chance(NOT_MEASURED)) {
                values[i] = Double.NaN;
                responses[Response.NOT_MEASURED.ordinal()]++;
                continue;
            }
            double b = plan.baseline(k, i);
            double p = plan.projected(k, i);
            double a;
            if (plan.money(k, i) > 0 && sign * (p - b) > 0) {
                double u = random.nextDouble();
                double z = random.nextGaussian();
                Response response;
                double share;
                if (u < 0.55) {
                    response = Response.AS_PROJECTED;
                    share = 1 + 0.25 * z;
                } else if (u < 0.70) {
                    response = Response.BETTER;
                    share = 1.6 + 0.3 * z;
                } else if (u < 0.85) {
                    response = Response.LESS;
                    share = 0.35 + 0.2 * z;
                } else {
                    response = Response.NOT_AT_ALL;
                    share = 0;
                }
                responses[response.ordinal()]++;
                a = b + share * (p - b) + sigma * random.nextGaussian();
            } else {
                responses[Response.UNFUNDED.ordinal()]++;
                a = b + sigma * random.nextGaussian();
            }
            a = Math.min(max, Math.max(min, a));
            values[i] = BigDecimal.valueOf(a)
                    .setScale(decimals, RoundingMode.HALF_UP)
                    .doubleValue();
        }
        return values;
    }

    /** The decimals the baselines are written with: the most any needs, at least 2, at most 4. */
    static int decimals(th.allocation.evaluate.Plan plan, int k) {
        int most = 2;
        for (int i = 0; i < plan.size() && most < 4; i++) {
            double b = plan.baseline(k, i);
            while (most < 4 && Math.abs(b * Math.pow(10, most) - Math.rint(b * Math.pow(10, most))) > 1e-6) {
                most++;
            }
        }
        return most;
    }

    private static Path temporary(Path target) throws IOException {
        String stem = "." + target.getFileName() + ".writing-"
                + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(target.resolveSibling(stem + attempt));
            } catch (FileAlreadyExistsException taken) {
                // another run writes beside us; try the next name
            }
        }
    }
}
