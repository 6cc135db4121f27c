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
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.compare.Comparison;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.Baht;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.IndicatorColumns;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.Case;

/**
 * {@code allocations.csv} and compare's {@code schools.csv}, written straight into bytes, are the
 * bytes the Commons CSV writers they replaced wrote: those writers are kept here, as they were, as
 * the reference, and run on random formula and target allocations whose schools have names and
 * hierarchy labels full of what matters to CSV (commas, quotes, line breaks, leading {@code = - @},
 * spaces at either end, Thai letters, surrogate pairs).
 */
class PerSchoolTablesTest {
    private static final String[] PIECES = {
        "a",
        "9",
        " ",
        ",",
        "\"",
        "\r\n",
        "\t",
        "#",
        "=",
        "-",
        "@",
        "+",
        "'",
        "โรงเรียน",
        "เขต 2",
        "เขต 10",
        "\uD83D\uDE00"
    };

    private static String text(RandomnessSource in, int maxPieces) {
        int pieces = (int) in.next(Constraint.between(0, maxPieces));
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            text.append(PIECES[(int) in.next(Constraint.between(0, PIECES.length - 1))]);
        }
        return text.toString();
    }

    /** The case's schools renamed: names and labels from {@link #PIECES}, a few labels shared. */
    private static Gen<Case> awkward(Gen<Case> cases) {
        return in -> {
            Case c = cases.generate(in);
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                labels.add(text(in, 3));
            }
            List<School> renamed = new ArrayList<>();
            for (School s : c.schools()) {
                String id = text(in, 2) + "#" + renamed.size();
                renamed.add(new School(
                        id,
                        text(in, 4),
                        labels.get((int) in.next(Constraint.between(0, 3))),
                        labels.get((int) in.next(Constraint.between(0, 3))),
                        labels.get((int) in.next(Constraint.between(0, 3))),
                        labels.get((int) in.next(Constraint.between(0, 3))),
                        s.district(),
                        s.subdistrict(),
                        s.areaType(),
                        s.remote(),
                        s.kind(),
                        s.pupils(),
                        s.specialNeeds(),
                        s.poor(),
                        s.previousAllocation(),
                        s.indicators()));
            }
            return new Case(renamed, c.scenario());
        };
    }

    private static AllocationResult allocate(Case c) {
        try {
            return AllocationEngine.allocate(c.scenario(), SchoolTable.of(c.schools()));
        } catch (InfeasibleException | InputException e) {
            return null;
        }
    }

    private static void assertSameBytes(Path before, Path after) {
        try {
            assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(after));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void allocationsCsv_isTheReferenceWritersBytes_forFormulaAllocations(@TempDir Path dir) {
        qt().withFixedSeed(301)
                .withExamples(300)
                .forAll(awkward(RandomCases.cases(0, 30)))
                .checkAssert(c -> {
                    AllocationResult result = allocate(c);
                    if (result != null) {
                        checkAllocations(result, dir);
                    }
                });
    }

    @Test
    void allocationsCsv_isTheReferenceWritersBytes_forTargetAllocations(@TempDir Path dir) {
        qt().withFixedSeed(302)
                .withExamples(150)
                .forAll(awkward(RandomCases.targetCases(1, 25)))
                .checkAssert(c -> {
                    AllocationResult result = allocate(c);
                    if (result != null) {
                        checkAllocations(result, dir);
                    }
                });
    }

    @Test
    void comparedSchoolsCsv_isTheReferenceWritersBytes(@TempDir Path dir) {
        Gen<Case> cases = awkward(RandomCases.cases(0, 30));
        Gen<Case[]> pairs = in -> {
            Case c = cases.generate(in);
            return new Case[] {c, new Case(c.schools(), c.scenario().withRule(RandomCases.rule(in)))};
        };
        qt().withFixedSeed(303).withExamples(200).forAll(pairs).checkAssert(pair -> {
            AllocationResult first = allocate(pair[0]);
            AllocationResult second = allocate(pair[1]);
            if (first == null || second == null) {
                return;
            }
            Comparison comparison = Comparison.of(List.of("before", "after-2"), List.of(first, second));
            try {
                ComparisonWriter.writeSchools(comparison, dir.resolve("new.csv"));
                referenceSchools(comparison, dir.resolve("reference.csv"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertSameBytes(dir.resolve("reference.csv"), dir.resolve("new.csv"));
        });
    }

    private static void checkAllocations(AllocationResult result, Path dir) {
        try {
            AllocationWriter.writeAllocations(result, dir.resolve("new.csv"));
            referenceAllocations(result, dir.resolve("reference.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertSameBytes(dir.resolve("reference.csv"), dir.resolve("new.csv"));
    }

    /** The writer of {@code allocations.csv} before it wrote bytes itself, unchanged. */
    private static void referenceAllocations(AllocationResult result, Path file) throws IOException {
        SchoolTable schools = result.schools();
        int components = result.components().size();
        try (CSVPrinter csv = SpreadsheetCsv.open(file)) {
            csv.printRecord(AllocationWriter.header(result));
            IndicatorColumns targets = result instanceof IndicatorColumns t ? t : null;
            List<String> row = new ArrayList<>();
            for (int i = 0; i < schools.size(); i++) {
                row.clear();
                row.add(SpreadsheetCsv.text(schools.id(i)));
                row.add(SpreadsheetCsv.text(schools.name(i)));
                row.add(SpreadsheetCsv.text(schools.cluster().value(i)));
                row.add(SpreadsheetCsv.text(schools.esa().value(i)));
                row.add(SpreadsheetCsv.text(schools.network().value(i)));
                row.add(SpreadsheetCsv.text(schools.province().value(i)));
                row.add(schools.areaType(i).key());
                row.add(Boolean.toString(schools.remote(i)));
                row.add(schools.kind(i).key());
                row.add(Long.toString(schools.totalPupils(i)));
                row.add(Integer.toString(schools.poor(i)));
                row.add(Integer.toString(schools.specialNeeds(i)));
                row.add(Baht.format(result.allocation(i)));
                row.add(Baht.perPupil(result.allocation(i), schools.totalPupils(i))
                        .map(BigDecimal::toPlainString)
                        .orElse(""));
                row.add(result.bound(i).key());
                for (int c = 0; c < components; c++) {
                    row.add(Baht.format(result.component(c, i)));
                }
                row.add(Baht.format(result.boundAdjustment(i)));
                row.add(Baht.format(result.rounding(i)));
                row.add(Baht.format(result.need(i)));
                row.add(Baht.format(result.floor(i)));
                row.add(result.cap(i) == AllocationResult.NO_CAP ? "" : Baht.format(result.cap(i)));
                long previous = schools.previousAllocation(i);
                row.add(previous == SchoolTable.NO_PREVIOUS ? "" : Baht.format(previous));
                if (targets != null) {
                    for (int k = 0; k < targets.indicators().size(); k++) {
                        row.add(AllocationWriter.number(targets.value(k, i)));
                        row.add(AllocationWriter.number(targets.target(k, i)));
                        row.add(AllocationWriter.number(targets.projected(k, i)));
                        row.add(AllocationWriter.number(targets.gapLeft(k, i)));
                    }
                }
                csv.printRecord(row);
            }
        }
    }

    /** The writer of compare's {@code schools.csv} before it wrote bytes itself, unchanged. */
    private static void referenceSchools(Comparison comparison, Path file) throws IOException {
        List<String> keys = ComparisonWriter.columnKeys(comparison.labels());
        int scenarios = comparison.size();
        SchoolTable schools = comparison.schools();
        List<String> header = new ArrayList<>(List.of(
                "school_id", "name", "cluster", "esa", "province", "area_type", "remote", "school_kind", "pupils"));
        keys.forEach(key -> header.add("allocation_" + key));
        keys.subList(1, scenarios).forEach(key -> header.add("difference_" + key));
        keys.forEach(key -> header.add("per_pupil_" + key));
        keys.forEach(key -> header.add("bound_" + key));
        try (CSVPrinter csv = SpreadsheetCsv.open(file)) {
            csv.printRecord(header);
            List<String> row = new ArrayList<>();
            for (int i = 0; i < schools.size(); i++) {
                row.clear();
                row.add(SpreadsheetCsv.text(schools.id(i)));
                row.add(SpreadsheetCsv.text(schools.name(i)));
                row.add(SpreadsheetCsv.text(schools.cluster().value(i)));
                row.add(SpreadsheetCsv.text(schools.esa().value(i)));
                row.add(SpreadsheetCsv.text(schools.province().value(i)));
                row.add(schools.areaType(i).key());
                row.add(Boolean.toString(schools.remote(i)));
                row.add(schools.kind(i).key());
                long pupils = schools.totalPupils(i);
                row.add(Long.toString(pupils));
                for (int s = 0; s < scenarios; s++) {
                    row.add(Baht.format(comparison.result(s).allocation(i)));
                }
                for (int s = 1; s < scenarios; s++) {
                    row.add(Baht.format(comparison.difference(s, i)));
                }
                for (int s = 0; s < scenarios; s++) {
                    row.add(Baht.perPupil(comparison.result(s).allocation(i), pupils)
                            .map(BigDecimal::toPlainString)
                            .orElse(""));
                }
                for (int s = 0; s < scenarios; s++) {
                    row.add(comparison.result(s).bound(i).key());
                }
                csv.printRecord(row);
            }
        }
    }
}
