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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Transition;
import th.allocation.testing.SmallExample;
import th.allocation.transition.TransitionAllocator;
import th.allocation.transition.TransitionResult;
import th.allocation.transition.TransitionYear;

/** The files of a transition: a folder a year, the table by year, the report's section; the same bytes twice. */
class TransitionWriterTest {
    private static final SchoolTable SCHOOLS = SmallExample.schools();

    private static TransitionResult transition() {
        Scenario scenario = SmallExample.scenario(SmallExample.NEEDS_WEIGHTED)
                .withBounds(new Floors(new BigDecimal("1900"), BigDecimal.ZERO), Caps.NONE)
                .withTransition(new Transition(null, 3, null, new BigDecimal("2"), null, new BigDecimal("-2"), null));
        return TransitionAllocator.allocate(scenario, SCHOOLS, null);
    }

    @Test
    void write_givesAFolderAYear_theTables_andTheSameBytesTwice(@TempDir Path work) throws IOException {
        TransitionResult result = transition();
        OutputOptions options = OutputOptions.defaults().withReport(ReportLanguage.EN);

        TransitionWriter.write(result, List.of(), work.resolve("a"), options);
        TransitionWriter.write(transition(), List.of(), work.resolve("b"), options);

        List<String> files = files(work.resolve("a"));
        assertEquals(files, files(work.resolve("b")));
        for (String file : files) {
            assertArrayEquals(
                    Files.readAllBytes(work.resolve("a").resolve(file)),
                    Files.readAllBytes(work.resolve("b").resolve(file)),
                    file);
        }
        assertTrue(
                files.containsAll(List.of(
                        "report.html",
                        "transition-years.csv",
                        "transition.csv",
                        "years/2570/allocations.csv",
                        "years/2571/equity.csv",
                        "years/2572/summary.json")),
                files.toString());
        for (TransitionYear year : result.years()) {
            List<String> rows = Files.readAllLines(
                    work.resolve("a/years/" + year.fiscalYear() + "/allocations.csv"), StandardCharsets.UTF_8);
            List<String> header = List.of(rows.get(0).substring(1).split(","));
            int allocation = header.indexOf("allocation");
            assertTrue(header.containsAll(List.of("baseline_share", "formula_share", "bound_adjustment", "rounding")));
            BigDecimal sum = BigDecimal.ZERO;
            for (String row : rows.subList(1, rows.size())) {
                sum = sum.add(new BigDecimal(row.split(",")[allocation]));
            }
            assertEquals(
                    0, sum.movePointRight(2).compareTo(BigDecimal.valueOf(year.budget())), "FY " + year.fiscalYear());
        }
        List<String> table = Files.readAllLines(work.resolve("a/transition.csv"), StandardCharsets.UTF_8);
        assertEquals(
                TransitionWriter.schoolsHeader(List.of(2570, 2571, 2572)),
                List.of(table.get(0).substring(1).split(",")));
        assertEquals(SCHOOLS.size() + 1, table.size());
        String report = Files.readString(work.resolve("a/report.html"));
        assertTrue(report.contains("<section class=\"card\" id=\"transition\">"), "the transition's section");
        assertTrue(report.contains("id=\"transition-data\""), "the transition's chart data");
    }

    @Test
    void aOneYearReport_hasNoTransitionSection() {
        String report = ReportWriter.html(
                th.allocation.compare.Comparison.of(
                        List.of("needs-weighted"),
                        List.of(SmallExample.allocate(SmallExample.NEEDS_WEIGHTED, SCHOOLS))),
                ReportLanguage.EN);

        assertFalse(report.contains("id=\"transition"), "a one-year report has no transition section");
        assertFalse(report.contains("chart-transition"), "nor its chart");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
