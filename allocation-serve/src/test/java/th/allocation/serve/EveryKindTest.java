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
package th.allocation.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.allocation.engine.AllocationEngine;
import th.allocation.result.AllocationResult;
import th.allocation.result.GroupSummary;
import th.allocation.result.Grouping;

/**
 * Every kind of scenario of the hand-worked examples (flat, weighted, targets, decentralised, a composed
 * formula) works on the workbench: a change gives the engine's total and kind, as {@code alloc run} would allocate it.
 */
class EveryKindTest {
    @ParameterizedTest
    @CsvSource({
        "small/status-quo.yaml, rule.rates.primary, 2100, formula",
        "small/needs-weighted.yaml, rule.lump_sum, 25000, formula",
        "small/targets.yaml, budget, 17000000, targets",
        "small/decentralised.yaml, rule.weights.remote, 1.4, decentralised",
        "anchors/us-wsf/sfra.yaml, rule.components.at_risk.per_pupil, 13000, formula"
    })
    void aChange_isAllocatedAsTheEngineAllocatesIt(String file, String path, String value, String kind) {
        AllocationEngine engine =
                AllocationEngine.load(Path.of("..", "examples").resolve(file));
        List<Throwable> errors = new ArrayList<>();
        try (Workbench workbench =
                Workbench.start(engine, WorkbenchOptions.defaults().withPort(0), errors::add)) {
            Client client = new Client(workbench.address());
            client.open();
            Client.Reply reply = client.set(path, value);
            assertEquals("ok", reply.status("status"), reply.body()::toString);
            JsonNode figures = reply.body().path("figures");
            AllocationResult expected =
                    engine.withParameter(path, new BigDecimal(value)).allocate();
            assertEquals(kind, figures.path("kind").asText());
            assertEquals(Figures.baht(expected.total()), figures.path("total").asText());
            List<GroupSummary> areas = GroupSummary.of(expected, Grouping.AREA_TYPE);
            for (int k = 0; k < areas.size(); k++) {
                assertEquals(
                        Figures.baht(areas.get(k).allocation()),
                        figures.path("groups")
                                .path("area_type")
                                .get(k)
                                .path("allocation")
                                .asText());
            }
        }
        assertEquals(List.of(), errors);
    }
}
