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

import th.allocation.Problem;

/**
 * Where a cell of a school table is, as messages say it: a line of a CSV file ({@code schools.csv:14:
 * school 1010, column pupils_poor: ...}) or a row and column of a sheet ({@code book.xlsx: sheet
 * Schools, row 14, column Q (header 'pupils_poor'), school 1010: ...}). The checks of the header and
 * of the rows are the same for every format; only this differs.
 */
interface TablePlace {
    /**
     * A problem in a data row.
     *
     * @param row the line (CSV) or row (sheet) of the school
     * @param canonical the canonical column the problem is in; empty for the row as a whole
     * @param header the file's header of that column (the canonical name if the file has none)
     * @param position the 0-based position of that header in the header row; -1 if none
     * @param schoolId the school's id; empty if it has none
     */
    Problem at(long row, String canonical, String header, int position, String schoolId, String message, String advice);

    /**
     * A problem in the header row.
     *
     * @param field a header (one that appears twice) or a canonical column (one that is missing)
     * @param position the 0-based position of the header in the row, or -1 for a missing column
     */
    Problem header(String field, int position, String message, String advice);

    /** What a row is called in this format, with its number: {@code line 9} or {@code row 9}. */
    String row(long row);

    /** How the header at a 0-based position is named for the user: {@code column 17} or {@code column Q}. */
    String column(int position);
}
