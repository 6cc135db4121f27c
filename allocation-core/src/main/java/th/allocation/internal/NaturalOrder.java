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
package th.allocation.internal;

import java.util.Comparator;

/**
 * Orders names so that numbers inside them compare as numbers: "เขตตรวจราชการที่ 2" before
 * "เขตตรวจราชการที่ 10", "สพป.นครราชสีมา เขต 3" before "... เขต 12". Other characters compare
 * as in {@link String#compareTo}; names equal under this order fall back to it, so the order is total.
 *
 * <p>Internal: not part of the stable API.
 */
public final class NaturalOrder implements Comparator<String> {
    /** The one instance. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = i;
                while (endA < a.length() && isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && isDigit(b.charAt(endB))) {
                    endB++;
                }
                // Compare the digit runs as numbers of any length: strip leading zeros, then length, then digits.
                int startA = i;
                while (startA < endA - 1 && a.charAt(startA) == '0') {
                    startA++;
                }
                int startB = j;
                while (startB < endB - 1 && b.charAt(startB) == '0') {
                    startB++;
                }
                int byLength = Integer.compare(endA - startA, endB - startB);
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = a.substring(startA, endA).compareTo(b.substring(startB, endB));
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
