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

import static th.allocation.output.ReportWriter.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.Status;
import th.allocation.model.Baht;

/**
 * What the parts of the evaluation report share: the page being written, its language, and how
 * numbers, statuses and tables are shown.
 */
class EvaluationHtml {
    /** The colour of each status, in {@link Status} order: green, teal, amber, red, grey. */
    static final List<String> STATUS_COLORS = List.of("#2e7d32", "#26a69a", "#f9a825", "#c62828", "#b0bec5");

    final Evaluation evaluation;
    final ReportLanguage language;
    final StringBuilder html;

    EvaluationHtml(Evaluation evaluation, ReportLanguage language, StringBuilder html) {
        this.evaluation = evaluation;
        this.language = language;
        this.html = html;
    }

    final String t(String key, Object... values) {
        return EvaluationText.get(language, key, values);
    }

    /** Opens a card section with a heading and, if given, a note. */
    final void card(String id, String heading, String note) {
        html.append("<section class=\"card\" id=\"")
                .append(id)
                .append("\"><h2>")
                .append(escape(heading))
                .append("</h2>");
        if (note != null) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>");
        }
        html.append('\n');
    }

    final void endCard() {
        html.append("</section>\n");
    }

    /** A table's head row. */
    final void head(String... keys) {
        html.append("<div class=\"scroll\"><table class=\"data\"><thead><tr>");
        for (String key : keys) {
            html.append("<th>").append(escape(key.isEmpty() ? "" : t(key))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
    }

    final void endTable() {
        html.append("</tbody></table></div>\n");
    }

    /** A cell of text. */
    final void cell(String text) {
        html.append("<td>").append(escape(text)).append("</td>");
    }

    /** A status badge cell. */
    final void statusCell(Status status) {
        html.append("<td>");
        badge(status);
        html.append("</td>");
    }

    final void badge(Status status) {
        html.append("<span class=\"status ")
                .append(status.key())
                .append("\">")
                .append(escape(t("status." + status.key())))
                .append("</span>");
    }

    /** An indicator value: four decimals at most, a dash where undefined. */
    static String value(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return BigDecimal.valueOf(v)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A cost or amount per unit: grouped, two decimals, a dash where undefined. */
    static String amount(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.2f", v) : "–";
    }

    /** A ratio: two decimals, a dash where undefined. */
    static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "–";
    }

    static String money(long satang) {
        return Baht.grouped(satang);
    }

    static String whole(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** An area type's name in the report's language; other units as they are. */
    final String unitName(th.allocation.evaluate.Level level, String unit) {
        if (level == th.allocation.evaluate.Level.AREA_TYPE) {
            return EvaluationText.get(language, "area." + unit);
        }
        if (level == th.allocation.evaluate.Level.CENTRE) {
            return t("level.centre");
        }
        return unit;
    }
}
