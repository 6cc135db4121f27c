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
package th.allocation;

import java.util.Objects;

/**
 * One problem found in an input: what is wrong, where, and what to do.
 *
 * @param source the file (as the user named it) or other source, e.g. {@code schools.csv}
 * @param line the 1-based line in the source, or 0 when not known or not applicable
 * @param column the 1-based character column in the line, or 0 when not known or not applicable
 * @param field the column name or key path, e.g. {@code pupils_poor} or {@code rule.weights}; empty if none
 * @param schoolId the school the problem concerns; empty if none
 * @param message what is wrong, with the offending value
 * @param advice what was expected or what to do; empty if nothing useful can be said
 */
public record Problem(
        String source, long line, long column, String field, String schoolId, String message, String advice) {

    /**
     * Validates and normalises: null text fields become empty, negative positions 0, and control
     * characters that came from the data (an ESC, a BEL, a NUL, a stray line break) are written as
     * Java escapes such as {@code \\u001B}, so that a message cannot drive a terminal, ring a bell
     * or break a log into lines. Every text is escaped here, once, whichever reader built it.
     */
    public Problem {
        source = escape(Objects.requireNonNullElse(source, ""));
        line = Math.max(0, line);
        column = Math.max(0, column);
        field = escape(Objects.requireNonNullElse(field, ""));
        schoolId = escape(Objects.requireNonNullElse(schoolId, ""));
        message = escape(Objects.requireNonNull(message, "message"));
        advice = escape(Objects.requireNonNullElse(advice, ""));
    }

    /**
     * {@code text} with every control character (Unicode categories Cc, plus the line and paragraph
     * separators U+2028 and U+2029, and the byte-order mark) written as {@code \\uXXXX}; other
     * text is unchanged, so escaping twice changes nothing.
     */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                escaped.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
    }

    /** A problem about a whole source, with no finer location. */
    public static Problem of(String source, String message, String advice) {
        return new Problem(source, 0, 0, "", "", message, advice);
    }

    /** A problem in a row of a table: its line, the column name and the school. */
    public static Problem atRow(
            String source, long line, String field, String schoolId, String message, String advice) {
        return new Problem(source, line, 0, field, schoolId, message, advice);
    }

    /**
     * One line for a terminal or a log, e.g. {@code schools.csv:14: school 1010, column pupils_poor:
     * 130 poor pupils but only 120 pupils in all. ...} followed by the advice.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!source.isEmpty()) {
            text.append(source);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        if (!schoolId.isEmpty()) {
            text.append("school ").append(schoolId);
            text.append(field.isEmpty() ? ": " : ", column " + field + ": ");
        } else if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        text.append(message);
        if (!advice.isEmpty()) {
            text.append(' ').append(advice);
        }
        return text.toString();
    }
}
