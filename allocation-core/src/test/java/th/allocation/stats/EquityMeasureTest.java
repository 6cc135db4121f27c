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
package th.allocation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link EquityMeasure} is {@link EquityStatistics} as a family: one constant per component, in
 * component order, reading that component; and its directions and formats are the ones the outputs
 * used before they were driven by it.
 */
class EquityMeasureTest {

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void keys_areTheStatisticsComponentsInSnakeCase_inComponentOrder() {
        List<String> components = new ArrayList<>();
        for (RecordComponent component : EquityStatistics.class.getRecordComponents()) {
            components.add(snakeCase(component.getName()));
        }
        // mcLooneIndex is spelt mcloone_index in files: McLoone is one name.
        components.replaceAll(name -> name.equals("mc_loone_index") ? "mcloone_index" : name);
        assertEquals(
                components, EquityMeasure.all().stream().map(EquityMeasure::key).toList());
    }

    @Test
    void of_readsItsOwnComponent() throws ReflectiveOperationException {
        // Every component a different value (its position), so a measure reading a neighbour fails.
        RecordComponent[] components = EquityStatistics.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int k = 0; k < components.length; k++) {
            types[k] = components[k].getType();
            values[k] = types[k] == int.class ? (Object) (k + 1) : (Object) (k + 1.0);
        }
        EquityStatistics statistics =
                EquityStatistics.class.getDeclaredConstructor(types).newInstance(values);
        for (int k = 0; k < components.length; k++) {
            EquityMeasure measure = EquityMeasure.all().get(k);
            assertEquals(k + 1.0, measure.of(statistics), 0, measure.key());
        }
    }

    @Test
    void byKey_findsEveryMeasure_andNothingElse() {
        for (EquityMeasure measure : EquityMeasure.values()) {
            assertEquals(Optional.of(measure), EquityMeasure.byKey(measure.key()));
        }
        assertEquals(Optional.empty(), EquityMeasure.byKey("Gini"));
        assertEquals(Optional.empty(), EquityMeasure.byKey("mcLooneIndex"));
    }

    @Test
    void direction_lowerForSpreadsAndIndices_higherForMcLooneOnly() {
        // As the report's "more equal" column had it before the family existed.
        Set<EquityMeasure> lower = EnumSet.of(
                EquityMeasure.STANDARD_DEVIATION,
                EquityMeasure.RANGE,
                EquityMeasure.RESTRICTED_RANGE,
                EquityMeasure.FEDERAL_RANGE_RATIO,
                EquityMeasure.COEFFICIENT_OF_VARIATION,
                EquityMeasure.VERSTEGEN_INDEX,
                EquityMeasure.GINI,
                EquityMeasure.THEIL_T,
                EquityMeasure.MEAN_LOG_DEVIATION,
                EquityMeasure.ATKINSON);
        for (EquityMeasure measure : EquityMeasure.values()) {
            EquityMeasure.Direction expected = lower.contains(measure)
                    ? EquityMeasure.Direction.LOWER
                    : measure == EquityMeasure.MCLOONE_INDEX
                            ? EquityMeasure.Direction.HIGHER
                            : EquityMeasure.Direction.NEITHER;
            assertEquals(expected, measure.direction(), measure.key());
        }
    }

    @Test
    void equalityChange_saysWhichWayIsMoreEqual() {
        assertEquals(1, EquityMeasure.GINI.direction().equalityChange(-0.01));
        assertEquals(-1, EquityMeasure.GINI.direction().equalityChange(0.01));
        assertEquals(1, EquityMeasure.MCLOONE_INDEX.direction().equalityChange(0.01));
        assertEquals(-1, EquityMeasure.MCLOONE_INDEX.direction().equalityChange(-0.01));
        assertEquals(0, EquityMeasure.GINI.direction().equalityChange(0));
        assertEquals(0, EquityMeasure.GINI.direction().equalityChange(Double.NaN));
        assertEquals(0, EquityMeasure.MEAN.direction().equalityChange(-5));
        assertEquals(-1, EquityMeasure.FEDERAL_RANGE_RATIO.direction().equalityChange(Double.POSITIVE_INFINITY));
    }

    @Test
    void format_countsWhole_amountsTwoDecimals_indicesFour_parameterAsGiven() {
        assertEquals("29,449", EquityMeasure.SCHOOLS.format(29_449));
        assertEquals("+1,200", EquityMeasure.PUPILS.formatChange(1_200));
        assertEquals("12,345.68", EquityMeasure.MEAN.format(12_345.675_01));
        assertEquals("-1,234.50", EquityMeasure.RANGE.formatChange(-1_234.5));
        assertEquals("0.1413", EquityMeasure.GINI.format(0.141_3));
        assertEquals("12345.0000", EquityMeasure.FEDERAL_RANGE_RATIO.format(12_345));
        assertEquals("+0.0012", EquityMeasure.ATKINSON.formatChange(0.001_2));
        assertEquals("-0.0000", EquityMeasure.GINI.formatChange(-1e-9));
        assertEquals("1", EquityMeasure.ATKINSON_EPSILON.format(1.0));
        assertEquals("0.5", EquityMeasure.ATKINSON_EPSILON.format(0.5));
        assertEquals("2000", EquityMeasure.ATKINSON_EPSILON.format(2000));
        assertEquals("NaN", EquityMeasure.GINI.format(Double.NaN));
    }

    @Test
    void labels_areShortEnglishWithoutUnits() {
        for (EquityMeasure measure : EquityMeasure.values()) {
            assertTrue(!measure.label().isBlank() && !measure.label().contains("THB"), measure.key());
        }
        assertEquals("Gini coefficient", EquityMeasure.GINI.label());
        assertEquals("McLoone index", EquityMeasure.MCLOONE_INDEX.label());
    }
}
