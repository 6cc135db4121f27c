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
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import th.allocation.explain.ExplainNumbers;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.IndicatorColumns;

/**
 * The per-school figures of allocations against targets that the page cannot compute from the rule:
 * the floor and cap in rounding units (the base entitlement raises the floor), the money for each
 * indicator and the top-up in satang, and each indicator's value, target, projection and gap left as
 * {@code allocations.csv} writes them.
 */
final class ReportTargetData {
    private final SchoolTable schools;

    ReportTargetData(SchoolTable schools) {
        this.schools = schools;
    }

    /**
     * Adds the figures to {@code node} if the schools were allocated against targets.
     *
     * @param splitOf the allocation that gave school {@code i} its money
     * @param localRow school {@code i}'s row in it
     */
    void add(ObjectNode node, IntFunction<AllocationResult> splitOf, IntUnaryOperator localRow) {
        int n = schools.size();
        if (n == 0 || splitOf.apply(0).kind() != AllocationResult.Kind.TARGETS) {
            return;
        }
        int indicators = ((IndicatorColumns) splitOf.apply(0)).indicators().size();
        ObjectNode targets = node.putObject("targets");
        ArrayNode floor = targets.putArray("floor");
        ArrayNode cap = targets.putArray("cap");
        ArrayNode topUp = targets.putArray("topUp");
        ArrayNode money = targets.putArray("money");
        ArrayNode value = targets.putArray("value");
        ArrayNode target = targets.putArray("target");
        ArrayNode projected = targets.putArray("projected");
        ArrayNode gapLeft = targets.putArray("gapLeft");
        ArrayNode[] amounts = new ArrayNode[indicators];
        Dictionary[][] texts = new Dictionary[4][indicators];
        for (int k = 0; k < indicators; k++) {
            amounts[k] = money.addArray();
            texts[0][k] = new Dictionary(value.addObject());
            texts[1][k] = new Dictionary(target.addObject());
            texts[2][k] = new Dictionary(projected.addObject());
            texts[3][k] = new Dictionary(gapLeft.addObject());
        }
        for (int i = 0; i < n; i++) {
            AllocationResult split = splitOf.apply(i);
            IndicatorColumns figures = (IndicatorColumns) split;
            int j = localRow.applyAsInt(i);
            int base = split.components().size() - indicators - 1;
            long unit = split.scenario().roundingUnitSatang();
            floor.add(split.floor(j) / unit);
            cap.add(split.cap(j) == AllocationResult.NO_CAP ? -1 : split.cap(j) / unit);
            topUp.add(split.component(split.components().size() - 1, j));
            for (int k = 0; k < indicators; k++) {
                amounts[k].add(split.component(base + k, j));
                texts[0][k].add(ExplainNumbers.indicator(figures.value(k, j)));
                texts[1][k].add(ExplainNumbers.indicator(figures.target(k, j)));
                texts[2][k].add(ExplainNumbers.indicator(figures.projected(k, j)));
                texts[3][k].add(ExplainNumbers.indicator(figures.gapLeft(k, j)));
            }
        }
    }

    /**
     * A column of texts as its distinct texts ({@code labels}) and, per school, the index of its own
     * ({@code codes}): indicator values repeat, and an index is shorter than a text.
     */
    private static final class Dictionary {
        private final ArrayNode labels;
        private final ArrayNode codes;
        private final Map<String, Integer> index = new HashMap<>();

        Dictionary(ObjectNode node) {
            this.labels = node.putArray("labels");
            this.codes = node.putArray("codes");
        }

        void add(String text) {
            Integer code = index.get(text);
            if (code == null) {
                code = index.size();
                index.put(text, code);
                labels.add(text);
            }
            codes.add(code);
        }
    }
}
