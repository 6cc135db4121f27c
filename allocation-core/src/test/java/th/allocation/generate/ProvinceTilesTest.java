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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The report's tile map (th/allocation/output/report/thailand-provinces.json, docs/report.md) has
 * one square for each of the 77 provinces of the generator's table, with the same code and names,
 * no two squares in one place, and the six regions with their provinces.
 */
class ProvinceTilesTest {
    private static JsonNode tiles() throws Exception {
        try (InputStream in =
                ProvinceTilesTest.class.getResourceAsStream("/th/allocation/output/report/thailand-provinces.json")) {
            assertNotNull(in, "the tile map is in the jar");
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyProvince_hasOneSquare_withTheGeneratorsCodeAndNames() throws Exception {
        JsonNode tiles = tiles();
        Map<Integer, Province> provinces = new HashMap<>();
        Provinces.ALL.forEach(p -> provinces.put(p.code(), p));
        Set<String> cells = new HashSet<>();
        Set<String> abbreviations = new HashSet<>();
        Map<String, Integer> regions = new TreeMap<>();

        assertEquals(77, tiles.get("provinces").size());
        for (JsonNode tile : tiles.get("provinces")) {
            Province province = provinces.remove(tile.get("code").asInt());
            assertNotNull(province, "a province the generator does not have: " + tile);
            assertEquals(province.thai(), tile.get("th").asText());
            assertEquals(province.english(), tile.get("en").asText());
            int col = tile.get("col").asInt();
            int row = tile.get("row").asInt();
            assertTrue(col >= 0
                    && col < tiles.get("columns").asInt()
                    && row >= 0
                    && row < tiles.get("rows").asInt());
            assertTrue(cells.add(col + "," + row), "two provinces on square " + col + "," + row);
            assertTrue(abbreviations.add(tile.get("abbrTh").asText()), tile.toString());
            assertTrue(abbreviations.add(tile.get("abbrEn").asText()), tile.toString());
            regions.merge(tile.get("region").asText(), 1, Integer::sum);
        }
        assertTrue(provinces.isEmpty(), "provinces without a square: " + provinces.keySet());
        // The six geographical regions of Thailand and their provinces (Bangkok counted in the centre).
        assertEquals(Map.of("central", 22, "east", 7, "north", 9, "northeast", 20, "south", 14, "west", 5), regions);
    }

    @Test
    void everySquare_touchesAnother() throws Exception {
        Set<String> cells = new HashSet<>();
        for (JsonNode tile : tiles().get("provinces")) {
            cells.add(tile.get("col").asInt() + "," + tile.get("row").asInt());
        }
        for (JsonNode tile : tiles().get("provinces")) {
            int col = tile.get("col").asInt();
            int row = tile.get("row").asInt();
            boolean touches = cells.contains((col + 1) + "," + row)
                    || cells.contains((col - 1) + "," + row)
                    || cells.contains(col + "," + (row + 1))
                    || cells.contains(col + "," + (row - 1));
            assertTrue(touches, tile.get("en").asText() + " stands alone");
        }
    }
}
