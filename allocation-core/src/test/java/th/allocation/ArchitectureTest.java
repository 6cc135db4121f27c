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
package th.allocation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the library's layering (docs/design.md): packages depend downward only, in the order data
 * flows, so a reader can see the architecture from the folder tree and no change can quietly tie a
 * low package to a high one. Each entry of {@link #LAYERS} is one floor, lowest first; packages on
 * the same floor do not depend on each other.
 */
class ArchitectureTest {
    /** The floors of the library, lowest first. */
    static final List<List<String>> LAYERS = List.of(
            List.of("th.allocation", "th.allocation.internal"), // errors, version; small helpers
            List.of("th.allocation.stats", "th.allocation.csv"), // numbers only; spreadsheet-safe CSV
            List.of("th.allocation.model"), // schools, columnar tables, money
            List.of("th.allocation.rule"), // formulas: need per school and component
            List.of("th.allocation.scenario"), // a scenario's values
            List.of("th.allocation.codec"), // a scenario's YAML/JSON form
            List.of("th.allocation.input"), // readers of school tables, scenarios, overrides
            List.of("th.allocation.parameters"), // a scenario's numeric parameters by key path
            List.of("th.allocation.result"), // the sealed result types
            List.of("th.allocation.solve"), // formula allocation: exact scaling, rounding
            List.of("th.allocation.optimise"), // allocation against indicator targets
            List.of("th.allocation.decentralise"), // envelopes down levels of administration
            List.of("th.allocation.engine"), // the one entry point for embedders
            List.of(
                    "th.allocation.compare",
                    "th.allocation.sweep",
                    "th.allocation.evaluate",
                    "th.allocation.explain",
                    "th.allocation.transition"), // many allocations side by side; an allocation against what
            // was achieved; one school explained; a path over several years
            List.of("th.allocation.output"), // writers: CSV, JSON, report
            List.of("th.allocation.generate")); // synthetic school tables

    private static JavaClasses classes;

    @BeforeAll
    static void importLibrary() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.allocation");
    }

    @Test
    void everyPackageOfTheLibrary_isOnAFloor() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> packages.add(c.getPackageName()));
        Set<String> placed = new TreeSet<>();
        LAYERS.forEach(placed::addAll);
        assertEquals(placed, packages, "every package of allocation-core is named in LAYERS, and no other");
    }

    @Test
    void packages_dependOnlyOnFloorsBelowTheirOwn() {
        List<String> violations = new ArrayList<>();
        for (int floor = 0; floor < LAYERS.size(); floor++) {
            for (String lower : LAYERS.get(floor)) {
                List<String> notBelow = new ArrayList<>();
                for (int other = floor; other < LAYERS.size(); other++) {
                    for (String pkg : LAYERS.get(other)) {
                        if (!pkg.equals(lower)) {
                            notBelow.add(pkg);
                        }
                    }
                }
                if (notBelow.isEmpty()) {
                    continue;
                }
                ArchRule rule = noClasses()
                        .that()
                        .resideInAPackage(lower)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(notBelow.toArray(String[]::new))
                        .because(lower + " sits below " + String.join(", ", notBelow));
                try {
                    rule.check(classes);
                } catch (AssertionError e) {
                    violations.add(e.getMessage());
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void library_printsNothingAndNeverExits() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(System.class, "exit", int.class)
                .because("the library is embedded: the CLI alone speaks to terminals and sets exit codes")
                .check(classes);
    }

    @Test
    void thirdPartyFormats_stayAtTheEdges() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "th.allocation",
                        "th.allocation.model",
                        "th.allocation.rule",
                        "th.allocation.scenario",
                        "th.allocation.result",
                        "th.allocation.solve",
                        "th.allocation.optimise",
                        "th.allocation.decentralise",
                        "th.allocation.stats")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "org.apache.commons.csv..")
                .because("Jackson and Commons CSV belong to reading and writing, not to the model or solvers")
                .check(classes);
    }
}
