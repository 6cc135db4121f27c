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
package th.allocation.scenario;

import java.math.BigDecimal;
import th.allocation.model.Limits;

/**
 * A bound on the money a group of schools receives: the schools whose {@code column} has
 * {@code value}, or each group of that column when {@code value} is absent. Bounds are in baht or
 * in percent of the budget; at least one is given.
 *
 * @param column the grouping column: cluster, esa, network, province, area_type or school_kind
 * @param value the group it applies to; null for every group of the column
 * @param atLeast the group gets at least this many baht, or null
 * @param atMost the group gets at most this many baht, or null
 * @param atLeastPercent the group gets at least this percentage of the budget, or null
 * @param atMostPercent the group gets at most this percentage of the budget, or null
 */
public record Envelope(
        String column,
        String value,
        BigDecimal atLeast,
        BigDecimal atMost,
        BigDecimal atLeastPercent,
        BigDecimal atMostPercent) {
    /** Validates that a column and at least one non-negative bound are given. */
    public Envelope {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("An envelope needs a 'column' (e.g. area_type or cluster).");
        }
        if (atLeast == null && atMost == null && atLeastPercent == null && atMostPercent == null) {
            throw new IllegalArgumentException(
                    "An envelope needs at least one of at_least, at_most, at_least_percent" + " or at_most_percent.");
        }
        for (BigDecimal bound : new BigDecimal[] {atLeast, atMost, atLeastPercent, atMostPercent}) {
            if (bound != null && bound.signum() < 0) {
                throw new IllegalArgumentException("Envelope bounds must not be negative (" + bound + ").");
            }
        }
        if (atLeast != null) {
            Limits.requireAmount(atLeast, "at_least", Limits.MAX_AMOUNT_BAHT, "");
        }
        if (atMost != null) {
            Limits.requireAmount(atMost, "at_most", Limits.MAX_AMOUNT_BAHT, "");
        }
        if (atLeastPercent != null) {
            Limits.requirePercent(atLeastPercent, "at_least_percent");
        }
        if (atMostPercent != null) {
            Limits.requirePercent(atMostPercent, "at_most_percent");
        }
    }
}
