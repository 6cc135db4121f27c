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
package th.allocation.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * The strict reading rules every YAML (or JSON) input file shares, applied token by token:
 *
 * <ul>
 *   <li>one document per file: a second YAML document (after {@code ---}), or a second JSON value,
 *       is an error at its line, not silently left out;
 *   <li>no aliases ({@code *name}): Jackson's streaming YAML reader does not resolve them and would
 *       read the anchor's name as the value, and an undefined alias would go unnoticed. Anchors and
 *       aliases save little typing in a scenario, so an alias is an error at its line that says to
 *       write the value out; this also rules out "billion laughs" expansions.
 * </ul>
 */
final class YamlDocuments {
    private YamlDocuments() {}

    /**
     * Checks the token just read: an alias, or a token after the first document ended, is a problem
     * at its location.
     *
     * @param documentEnded whether the first document's value has been read completely
     * @throws InputException at the token's line and column
     */
    static void check(JsonParser parser, boolean documentEnded, String source) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (documentEnded) {
            throw new InputException(new Problem(
                    source,
                    at.getLineNr(),
                    at.getColumnNr(),
                    "",
                    "",
                    "A second document starts here; the file must hold one.",
                    "Remove the '---' line and what follows it, or put it in a file of its own."));
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new InputException(new Problem(
                    source,
                    at.getLineNr(),
                    at.getColumnNr(),
                    "",
                    "",
                    "The alias '*" + parser.getText() + "' is not read: YAML aliases are not supported.",
                    "Write the value itself here."));
        }
    }

    /**
     * Reads the whole document once, checking every token as {@link #check} does.
     *
     * @throws IOException if the text is not valid YAML or JSON (a {@code JsonProcessingException})
     * @throws InputException at the first alias or second document
     */
    static void requireOneDocumentWithoutAliases(JsonParser parser, String source) throws IOException {
        int depth = 0;
        boolean ended = false;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            check(parser, ended, source);
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            ended = depth == 0;
        }
    }
}
