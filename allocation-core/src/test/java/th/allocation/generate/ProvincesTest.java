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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvincesTest {

    @Test
    void table_hasSeventySevenProvinces_withUniqueCodesAndNames() {
        // 76 provinces and Bangkok (the brief).
        assertEquals(77, Provinces.ALL.size());
        Set<Integer> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Province province : Provinces.ALL) {
            assertTrue(codes.add(province.code()), "code " + province.code());
            assertTrue(names.add(province.thai()), province.thai());
            assertTrue(names.add(province.english()), province.english());
        }
        assertEquals(Provinces.BANGKOK_CODE, Provinces.ALL.get(0).code());
    }

    @Test
    void table_hasTheEsasAndClustersOfDomainSection4() {
        // docs/formulas.md, Thai facts: 183 primary + 62 secondary ESAs; 19 clusters.
        int primary = 0;
        Map<String, Integer> secondary = new HashMap<>();
        Set<Integer> clusters = new HashSet<>();
        for (Province province : Provinces.ALL) {
            primary += province.primaryEsas();
            secondary.put(province.secondaryEsa(), province.secondaryEsas());
            clusters.add(province.cluster());
        }
        assertEquals(183, primary);
        assertEquals(62, secondary.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(19, clusters.size());
        assertEquals(19, Provinces.CLUSTERS.size());
    }

    @Test
    void sharedSecondaryEsas_stayInsideOneCluster() {
        // So that ESAs nest in clusters, as the hierarchy of docs/model.md (Decentralised levels) needs.
        Map<String, Integer> clusterOf = new HashMap<>();
        for (Province province : Provinces.ALL) {
            Integer earlier = clusterOf.putIfAbsent(province.secondaryEsa(), province.cluster());
            assertTrue(earlier == null || earlier == province.cluster(), province.secondaryEsa());
        }
    }

    @Test
    void bangkok_hasOnePrimaryAndTwoSecondaryEsas() {
        // The brief: สพป.กรุงเทพมหานคร and สพม.กรุงเทพมหานคร เขต 1 / เขต 2.
        Province bangkok = Provinces.bangkok();
        assertEquals(1, bangkok.primaryEsas());
        assertEquals(2, bangkok.secondaryEsas());
        assertEquals("สพม.กรุงเทพมหานคร", bangkok.secondaryEsa());
    }
}
