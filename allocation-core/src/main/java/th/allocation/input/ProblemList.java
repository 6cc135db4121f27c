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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * The problems one reading of a school table has found: the first {@link #MAX_LISTED} listed, the
 * rest counted, so that a file with a million bad rows costs no more memory than one with a hundred.
 */
final class ProblemList {
    /** At most this many problems are listed; the rest are counted. */
    static final int MAX_LISTED = 100;

    private final List<Problem> listed = new ArrayList<>();
    private long count;

    /** Adds a problem (listed while fewer than {@link #MAX_LISTED} are). */
    void report(Problem problem) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(problem);
        }
    }

    /** How many problems were reported, listed or not. */
    long count() {
        return count;
    }

    /** The problems as an exception, in line order (a stable sort: problems of one line keep their order). */
    InputException exception(Throwable cause) {
        listed.sort(Comparator.comparingLong(Problem::line));
        return new InputException(listed, count, cause);
    }

    /** Throws the problems, in line order, if there are any. */
    void throwIfAny() {
        if (count > 0) {
            throw exception(null);
        }
    }
}
