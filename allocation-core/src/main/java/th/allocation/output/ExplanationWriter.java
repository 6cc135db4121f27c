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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import th.allocation.explain.Explanation;
import th.allocation.explain.Step;
import th.allocation.model.Baht;
import th.allocation.result.AllocationResult;

/**
 * Writes {@link Explanation}s as JSON (for programs, and for pages that draw them) and as an HTML
 * fragment (for pages that show them as they are). Both carry the same figures and sentences as
 * {@link Explanation#text(Locale)}; amounts in JSON are decimal baht with two decimals, exact.
 */
public final class ExplanationWriter {
    private ExplanationWriter() {}

    /**
     * The explanation as a JSON tree: the school, the kind of allocation, every figure (in baht),
     * the components as stated and allocated, and the steps with their arguments and their sentence in
     * the language of {@code locale}.
     */
    public static ObjectNode tree(Explanation explanation, Locale locale) {
        ObjectNode node = Json.COMPACT.createObjectNode();
        node.put("school_id", explanation.schoolId());
        node.put("kind", explanation.kind().name().toLowerCase(Locale.ROOT));
        node.put("language", locale.getLanguage().equals("th") ? "th" : "en");
        node.put("allocation", Baht.toBaht(explanation.allocation()));
        node.put("need", Baht.toBaht(explanation.need()));
        Json.putFinite(node, "scale", explanation.scale());
        node.put("scaled_need", Baht.toBaht(explanation.scaledNeed()));
        node.put("floor", Baht.toBaht(explanation.floor()));
        if (explanation.cap() == AllocationResult.NO_CAP) {
            node.putNull("cap");
        } else {
            node.put("cap", Baht.toBaht(explanation.cap()));
        }
        node.put("bound", explanation.bound().key());
        node.put("bound_adjustment", Baht.toBaht(explanation.boundAdjustment()));
        node.put("rounding", Baht.toBaht(explanation.rounding()));
        ArrayNode components = node.putArray("components");
        for (Explanation.Amount amount : explanation.components()) {
            components
                    .addObject()
                    .put("key", amount.key())
                    .put("stated", Baht.toBaht(amount.stated()))
                    .put("allocated", Baht.toBaht(amount.allocated()));
        }
        ArrayNode steps = node.putArray("steps");
        for (Step step : explanation.steps()) {
            ObjectNode out = steps.addObject().put("key", step.key());
            ArrayNode args = out.putArray("args");
            for (Step.Arg arg : step.args()) {
                ObjectNode a = args.addObject().put("name", arg.name()).put("value", arg.value());
                if (arg.term()) {
                    a.put("term", true);
                }
            }
            out.put("text", step.text(locale));
        }
        return node;
    }

    /** Several explanations as an indented JSON array. */
    public static String json(List<Explanation> explanations, Locale locale) {
        ArrayNode array = Json.COMPACT.createArrayNode();
        explanations.forEach(e -> array.add(tree(e, locale)));
        try {
            return Json.PRETTY.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write explanations as JSON.", e);
        }
    }

    /**
     * The explanation as an HTML fragment, every text escaped: a {@code <section>} with a {@code <h3>}
     * per heading and a list of its sentences.
     */
    public static String html(Explanation explanation, Locale locale) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<section class=\"explanation\" data-school=\"")
                .append(ReportWriter.escape(explanation.schoolId()))
                .append("\">\n");
        boolean open = false;
        for (Step step : explanation.steps()) {
            if (step.heading()) {
                if (open) {
                    html.append("</ul>\n");
                }
                html.append("<h3>")
                        .append(ReportWriter.escape(step.text(locale)))
                        .append("</h3>\n<ul>\n");
                open = true;
            } else {
                if (!open) {
                    html.append("<ul>\n");
                    open = true;
                }
                html.append("<li>")
                        .append(ReportWriter.escape(step.text(locale)))
                        .append("</li>\n");
            }
        }
        if (open) {
            html.append("</ul>\n");
        }
        return html.append("</section>\n").toString();
    }
}
