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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.allocation.stats.EquityMeasure;

/** The report names every equity measure it lists, in both languages, as the measure's label says. */
class EquityMeasureTextTest {
    @Test
    void reportText_hasEveryMeasure_andItsEnglishStartsWithTheLabel() {
        for (EquityMeasure measure : EquityMeasure.all()) {
            String key = "stat." + measure.key();
            if (measure.kind() == EquityMeasure.Kind.PARAMETER) {
                // The Atkinson epsilon is written into the Atkinson index's label, not as a row.
                assertFalse(ReportText.has(key), key);
                continue;
            }
            assertTrue(ReportText.has(key), key);
            String english = ReportText.get(ReportLanguage.EN, key, "epsilon", "1");
            assertTrue(english.startsWith(measure.label()), english + " / " + measure.label());
            assertFalse(ReportText.get(ReportLanguage.TH, key).isBlank(), key);
        }
    }
}
