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
package th.allocation.rule;

import java.util.List;

/**
 * What a rule says each school needs, before budget scaling, floors and caps: an exact amount in
 * satang per component and school. The total of a school is the sum of its components.
 */
public final class Needs {
    private final List<Component> components;
    private final long[][] amounts;
    private final long[] totals;

    /**
     * Needs from component amounts, {@code amounts[component][school]} in satang; the array is
     * taken over, not copied, so the caller must not keep it.
     */
    Needs(List<Component> components, long[][] amounts, int schools) {
        if (amounts.length != components.size()) {
            throw new IllegalArgumentException("One amount column per component (" + amounts.length + " columns, "
                    + components.size() + " components).");
        }
        this.components = List.copyOf(components);
        this.amounts = amounts;
        this.totals = new long[schools];
        for (long[] column : amounts) {
            for (int i = 0; i < schools; i++) {
                totals[i] = Math.addExact(totals[i], column[i]);
            }
        }
    }

    /** The components, in column order. */
    public List<Component> components() {
        return components;
    }

    /** How many schools. */
    public int size() {
        return totals.length;
    }

    /** The amount of component {@code component} (its index in {@link #components()}) for school {@code i}, in satang. */
    public long amount(int component, int i) {
        return amounts[component][i];
    }

    /** The total need of school {@code i}, in satang. */
    public long total(int i) {
        return totals[i];
    }

    /** The total need of all schools, in satang. */
    public long grandTotal() {
        long sum = 0;
        for (long total : totals) {
            sum = Math.addExact(sum, total);
        }
        return sum;
    }
}
