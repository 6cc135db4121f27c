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
package th.allocation.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.PerPupilSample;
import th.allocation.stats.EquityStatistics;
import th.allocation.transition.TransitionResult;
import th.allocation.transition.TransitionYear;

/**
 * Writes a transition (docs/model.md, Transitions): each year's {@code allocations.csv},
 * {@code equity.csv} and {@code summary.json} in {@code years/<fiscal year>/}, as for a one-year run;
 * {@code transition.csv}, the schools by year with the target and the gap left; and
 * {@code transition-years.csv}, one row a year with its budget, total, bounds held and equity. On
 * request, {@code report.html}: the last year's report with the path as its first section. The same
 * transition always gives the same bytes.
 */
public final class TransitionWriter {
    /** The schools by year. */
    public static final String SCHOOLS = "transition.csv";

    /** One row a year. */
    public static final String YEARS = "transition-years.csv";

    /** The folder of the years' folders. */
    public static final String YEARS_FOLDER = "years";

    private TransitionWriter() {}

    /** Writes the transition's files into {@code folder}, whole or not at all. */
    public static void write(TransitionResult result, List<InputFile> inputs, Path folder, OutputOptions options) {
        OutputFolder.write(folder, contents(result, inputs, options));
    }

    /** The transition's files, for an output folder. */
    public static OutputFolder.Contents contents(
            TransitionResult result, List<InputFile> inputs, OutputOptions options) {
        return staging -> {
            for (TransitionYear year : result.years()) {
                Path dir = staging.resolve(YEARS_FOLDER).resolve(Integer.toString(year.fiscalYear()));
                Files.createDirectories(dir);
                PerPupilSample sample = PerPupilSample.sorted(year.result());
                AllocationWriter.writeAllocations(year.result(), dir.resolve(AllocationWriter.ALLOCATIONS));
                AllocationWriter.writeEquity(sample, options.atkinsonEpsilon(), dir.resolve(AllocationWriter.EQUITY));
                try (OutputStream out = Files.newOutputStream(dir.resolve(AllocationWriter.SUMMARY))) {
                    Json.PRETTY.writeValue(out, AllocationWriter.summary(sample, inputs, options.atkinsonEpsilon()));
                }
            }
            writeSchools(result, staging.resolve(SCHOOLS));
            writeYears(result, options.atkinsonEpsilon(), staging.resolve(YEARS));
            if (options.report().isPresent()) {
                Files.writeString(
                        staging.resolve(AllocationWriter.REPORT),
                        TransitionReport.html(result, inputs, options),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        };
    }

    /** The header of {@code transition.csv} for these fiscal years. */
    public static List<String> schoolsHeader(List<Integer> fiscalYears) {
        List<String> header = new java.util.ArrayList<>(
                List.of("school_id", "name", "province", "area_type", "pupils", "baseline", "baseline_per_pupil"));
        for (int year : fiscalYears) {
            header.add("allocation_" + year);
            header.add("per_pupil_" + year);
            header.add("bound_" + year);
        }
        header.addAll(List.of("target", "target_per_pupil", "gap_to_target", "years_at_floor"));
        return header;
    }

    private static void writeSchools(TransitionResult result, Path file) throws IOException {
        SchoolTable schools = result.schools();
        List<TransitionYear> years = result.years();
        AllocationResult target = result.target();
        try (CsvBytes csv = CsvBytes.open(file)) {
            for (String name :
                    schoolsHeader(years.stream().map(TransitionYear::fiscalYear).toList())) {
                csv.plain(name);
            }
            csv.endRecord();
            for (int i = 0; i < schools.size(); i++) {
                long pupils = schools.totalPupils(i);
                csv.text(schools.id(i));
                csv.text(schools.name(i));
                csv.text(schools.province().label(schools.province().code(i)));
                csv.plain(schools.areaType(i).key());
                csv.integer(pupils);
                long baseline = result.baseline(i);
                if (baseline == SchoolTable.NO_PREVIOUS) {
                    csv.empty();
                    csv.empty();
                } else {
                    csv.satang(baseline);
                    csv.perPupil(baseline, pupils);
                }
                for (TransitionYear year : years) {
                    long allocation = year.result().allocation(i);
                    csv.satang(allocation);
                    csv.perPupil(allocation, pupils);
                    csv.plain(year.result().bound(i).key());
                }
                csv.satang(target.allocation(i));
                csv.perPupil(target.allocation(i), pupils);
                csv.satang(result.gap(i));
                csv.integer(result.yearsAtFloor(i));
                csv.endRecord();
            }
        }
    }

    /** The header of {@code transition-years.csv}. */
    public static final List<String> YEARS_HEADER = List.of(
            "fiscal_year",
            "year",
            "share",
            "budget",
            "total",
            "schools_at_floor",
            "schools_at_min_per_pupil",
            "schools_at_cap",
            "mean_abs_gap_to_target",
            "gini",
            "theil_t",
            "coefficient_of_variation",
            "mcloone",
            "federal_range_ratio");

    private static void writeYears(TransitionResult result, double atkinsonEpsilon, Path file) throws IOException {
        try (CsvBytes csv = CsvBytes.open(file)) {
            for (String name : YEARS_HEADER) {
                csv.plain(name);
            }
            csv.endRecord();
            for (TransitionYear year : result.years()) {
                EquityStatistics equity =
                        PerPupilSample.sorted(year.result()).all().statistics(atkinsonEpsilon);
                csv.integer(year.fiscalYear());
                csv.integer(year.year());
                csv.plain(year.share().toPlainString());
                csv.satang(year.budget());
                csv.satang(year.result().total());
                csv.integer(year.schoolsAtFloor());
                csv.integer(year.schoolsAtMinPerPupil());
                csv.integer(year.schoolsAtCap());
                csv.plain(Numbers.cell(meanAbsoluteGap(result, year) / 100.0));
                csv.plain(Numbers.cell(equity.gini()));
                csv.plain(Numbers.cell(equity.theilT()));
                csv.plain(Numbers.cell(equity.coefficientOfVariation()));
                csv.plain(Numbers.cell(equity.mcLooneIndex()));
                csv.plain(Numbers.cell(equity.federalRangeRatio()));
                csv.endRecord();
            }
        }
    }

    /** The mean over schools of |target - the year's allocation|, in satang. */
    static double meanAbsoluteGap(TransitionResult result, TransitionYear year) {
        int n = result.schools().size();
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(
                    (double) result.target().allocation(i) - year.result().allocation(i));
        }
        return sum / n;
    }
}
