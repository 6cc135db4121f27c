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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import th.allocation.explain.Explanation;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.testing.SmallExample;

/** Explanations as JSON and as HTML: the same figures and sentences as their text. */
class ExplanationWriterTest {
    private static Explanation school20006() {
        SchoolTable schools = SmallExample.schools();
        AllocationResult result = SmallExample.allocate(SmallExample.NEEDS_WEIGHTED, schools);
        return Explanation.of(result, "20006");
    }

    @Test
    void tree_hasTheFiguresInBaht_andEverySentence() throws Exception {
        Explanation why = school20006();

        String json = ExplanationWriter.json(List.of(why), Locale.ENGLISH);
        JsonNode tree = Json.COMPACT.readTree(json).get(0);

        // examples/small/README.md: school 20006 is held at its cap of 84,000 THB.
        assertEquals("20006", tree.get("school_id").asText());
        assertEquals("formula", tree.get("kind").asText());
        assertTrue(json.contains("\"allocation\" : 84000.00,"), "amounts with two decimals");
        assertEquals(84_000, tree.get("cap").asDouble());
        assertEquals("cap", tree.get("bound").asText());
        assertTrue(json.contains("\"need\" : 258833.60,"), json);
        assertEquals("lump_sum", tree.get("components").get(9).get("key").asText());
        assertEquals(20_000, tree.get("components").get(9).get("stated").asDouble());
        assertEquals(why.steps().size(), tree.get("steps").size());
        StringBuilder text = new StringBuilder();
        tree.get("steps").forEach(step -> text.append(step.get("text").asText()).append('\n'));
        assertEquals(
                why.text(Locale.ENGLISH).replace("\n  ", "\n"),
                text.toString(),
                "the sentences of the text, without its indentation");
        JsonNode area = tree.get("steps").get(4).get("args").get(0);
        assertEquals("area.subdistrict", area.get("value").asText());
        assertTrue(area.get("term").asBoolean());
    }

    @Test
    void html_isAFragmentWithEveryTextEscaped() {
        String html = ExplanationWriter.html(school20006(), Locale.forLanguageTag("th"));

        assertTrue(html.startsWith("<section class=\"explanation\" data-school=\"20006\">"), html);
        assertTrue(html.contains("<h3>ขั้นต่ำและเพดาน</h3>"), html);
        assertTrue(html.contains("<li>รหัสโรงเรียน 20006: โรงเรียนบ้านห้วยตัวอย่าง</li>"), html);
        assertFalse(html.contains("<script"), html);
    }
}
