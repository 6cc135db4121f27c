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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.model.Baht;
import th.allocation.result.Bound;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.Unit;
import th.allocation.scenario.AdminLevel;

/**
 * The outputs of a decentralised allocation beyond the per-school table: one table per level
 * ({@code clusters.csv}, {@code esas.csv}, {@code networks.csv}) with each unit's envelope, what the
 * one-step allocation would give its schools, the rule it used and the overrides it applied; and the
 * tree of units for {@code summary.json}.
 */
final class LevelTables {
    /** The columns of a level's table. */
    static final List<String> HEADER = List.of(
            "level",
            "unit",
            "parent",
            "schools",
            "pupils",
            "envelope",
            "per_pupil",
            "one_step",
            "difference",
            "difference_per_pupil",
            "rule",
            "objective",
            "scale",
            "at_min_per_pupil",
            "at_hold_harmless",
            "at_cap",
            "held_by_envelope",
            "overrides");

    private LevelTables() {}

    /** The file names of the level tables, from the top level down. */
    static List<String> names(DecentralisedResult result) {
        return result.scenario().levels().stream().map(AdminLevel::tableName).toList();
    }

    /** Writes one table per level into {@code folder}. */
    static void write(DecentralisedResult result, Path folder) throws IOException {
        List<String> names = names(result);
        for (int k = 0; k < names.size(); k++) {
            try (CSVPrinter csv = SpreadsheetCsv.open(folder.resolve(names.get(k)))) {
                csv.printRecord(HEADER);
                for (Unit unit : result.levels().get(k)) {
                    csv.printRecord(row(unit));
                }
            }
        }
    }

    private static List<String> row(Unit unit) {
        List<String> row = new ArrayList<>();
        row.add(unit.level());
        row.add(SpreadsheetCsv.text(unit.label()));
        row.add(SpreadsheetCsv.text(
                unit.path().size() > 1 ? unit.path().get(unit.path().size() - 2) : "centre"));
        row.add(Integer.toString(unit.schools()));
        row.add(Long.toString(unit.pupils()));
        row.add(Baht.format(unit.envelope()));
        row.add(Baht.perPupil(unit.envelope(), unit.pupils())
                .map(java.math.BigDecimal::toPlainString)
                .orElse(""));
        row.add(Baht.format(unit.oneStep()));
        row.add(Baht.format(unit.envelope() - unit.oneStep()));
        row.add(Baht.perPupil(unit.envelope() - unit.oneStep(), unit.pupils())
                .map(java.math.BigDecimal::toPlainString)
                .orElse(""));
        row.add(unit.ruleName());
        row.add(objective(unit));
        row.add(Numbers.cell(unit.scale()));
        row.add(Integer.toString(unit.boundSchools().get(Bound.MIN_PER_PUPIL)));
        row.add(Integer.toString(unit.boundSchools().get(Bound.HOLD_HARMLESS)));
        row.add(Integer.toString(unit.boundSchools().get(Bound.CAP)));
        row.add(Integer.toString(unit.boundSchools().get(Bound.ENVELOPE)));
        row.add(SpreadsheetCsv.text(unit.overridesText()));
        return row;
    }

    private static String objective(Unit unit) {
        return unit.rules().targets() == null
                ? ""
                : unit.rules().targets().objective().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code decentralised} section of {@code summary.json}: the levels with their tables and
     * unit counts, and the tree of units from the centre down (not the schools: they are in
     * {@code allocations.csv}).
     */
    static void section(ObjectNode node, DecentralisedResult result) {
        ArrayNode levels = node.putArray("levels");
        List<String> names = names(result);
        for (int k = 0; k < names.size(); k++) {
            List<Unit> units = result.levels().get(k);
            levels.addObject()
                    .put("by", result.scenario().levels().get(k).by())
                    .put("table", names.get(k))
                    .put("units", units.size())
                    .put(
                            "units_with_overrides",
                            units.stream().filter(u -> !u.overrides().isEmpty()).count());
        }
        node.put("moved_from_one_step", Baht.toBaht(result.movedFromOneStep()));
        node.put(
                "moved_meaning",
                "Half the sum over schools of |allocation - one-step allocation|: the money local"
                        + " choices moved between schools.");
        tree(node.putObject("tree"), result.centre());
    }

    private static void tree(ObjectNode node, Unit unit) {
        node.put("level", unit.level());
        node.put("unit", unit.label());
        node.put("envelope", Baht.toBaht(unit.envelope()));
        node.put("one_step", Baht.toBaht(unit.oneStep()));
        node.put("schools", unit.schools());
        node.put("pupils", unit.pupils());
        node.put("per_pupil", Baht.perPupil(unit.envelope(), unit.pupils()).orElse(null));
        node.put("rule", unit.ruleName());
        if (!unit.overrides().isEmpty()) {
            ObjectNode overrides = node.putObject("overrides");
            unit.overrides().forEach(o -> overrides.put(o.parameter(), o.value()));
        }
        if (!unit.children().isEmpty()) {
            ArrayNode children = node.putArray("children");
            long sum = 0;
            for (Unit child : unit.children()) {
                tree(children.addObject(), child);
                sum += child.envelope();
            }
            node.put("children_add_up", sum == unit.envelope());
        }
    }
}
