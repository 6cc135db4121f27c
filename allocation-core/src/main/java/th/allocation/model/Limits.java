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
package th.allocation.model;

import java.math.BigDecimal;

/**
 * The largest values the engine reads, chosen so that its arithmetic cannot overflow. Amounts are
 * counted in satang as {@code long} (at most {@value Long#MAX_VALUE}, about 9.2 x 10^18 satang or
 * 9.2 x 10^16 THB); every value is range-checked where it is read, before any arithmetic,
 * and a value past its limit is an input error that states the limit.
 *
 * <p>The limits and why they are safe (satang; "ok" = far below 9.2 x 10^18):
 *
 * <ul>
 *   <li>an amount of money ({@link #MAX_AMOUNT_BAHT}, 10^13 THB = 10^15 satang, about 550 times
 *       Thailand's basic-education budget): the budget, the rounding unit, a school's previous
 *       allocation and their total over the school file, envelopes. Hold-harmless floors and caps
 *       are at most {@link #MAX_PERCENT} (10,000) % of previous allocations, so at most 10^17 in all: ok;
 *   <li>an amount per pupil ({@link #MAX_PER_PUPIL_BAHT}, 10^6 THB = 10^8 satang, 250 times the
 *       largest per-head rate): rates by level, loadings, the minimum per pupil, costs per pupil.
 *       With at most {@link #MAX_PUPILS} pupils in a count and {@link #MAX_TOTAL_PUPILS} in a file,
 *       each of the base, the two loadings and the per-pupil floors is at most 10^8 x 10^9 = 10^17
 *       in all: ok;
 *   <li>an amount per school ({@link #MAX_PER_SCHOOL_BAHT}, 10^8 THB): the lump sum and the
 *       small-school amount; with at most {@link #MAX_SCHOOLS} schools, 10^10 x 10^7 = 10^17 each: ok;
 *   <li>a weight ({@link #MAX_WEIGHT}, 1,000). Three weights multiply the base, so the weighted need
 *       can exceed what a {@code long} holds on a large file even with every weight within its
 *       limit; the rule therefore checks each school's need and the total as it computes them
 *       against {@link #MAX_NEED_SATANG} and refuses a rule that asks for more, naming the school;
 *   <li>indicator values and targets ({@link #MAX_INDICATOR}, 10^9 in absolute value), priorities
 *       and cost factors ({@link #MAX_FACTOR}, 10^6), so that the optimiser's floating-point costs
 *       stay finite.
 * </ul>
 *
 * <p>Without a budget each school gets its need within its floor and cap, so the total is at most
 * the total need plus the total floors, below 9.2 x 10^18: ok. With a budget the total is the budget.
 */
public final class Limits {
    /** The largest amount of money, in baht: 10^13 THB (ten million million). */
    public static final BigDecimal MAX_AMOUNT_BAHT = BigDecimal.TEN.pow(13);

    /** {@link #MAX_AMOUNT_BAHT} in satang. */
    public static final long MAX_AMOUNT_SATANG = 1_000_000_000_000_000L;

    /** The largest amount per pupil, in baht: 10^6 THB. */
    public static final BigDecimal MAX_PER_PUPIL_BAHT = BigDecimal.TEN.pow(6);

    /** The largest amount per school, in baht: 10^8 THB. */
    public static final BigDecimal MAX_PER_SCHOOL_BAHT = BigDecimal.TEN.pow(8);

    /** The largest count of pupils in one cell of the school file (one level, or poor, or special needs). */
    public static final int MAX_PUPILS = 1_000_000;

    /** The largest number of pupils in a whole school file. */
    public static final long MAX_TOTAL_PUPILS = 1_000_000_000L;

    /** The largest number of schools in a school file. */
    public static final int MAX_SCHOOLS = 10_000_000;

    /** The largest weight. */
    public static final double MAX_WEIGHT = 1000;

    /** The largest percentage (of a previous allocation, of a budget). */
    public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(10_000);

    /** The largest absolute value of an indicator or its target. */
    public static final double MAX_INDICATOR = 1e9;

    /** The largest priority or cost factor. */
    public static final double MAX_FACTOR = 1e6;

    /** The largest need a rule may give all schools together, in satang: 4 x 10^18 (half a long's range). */
    public static final long MAX_NEED_SATANG = 4_000_000_000_000_000_000L;

    /** The longest number, in characters, the readers parse; longer text is refused unread. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private Limits() {}

    /**
     * Whether {@code value} is at most {@code max} in absolute value, decided from its digits and
     * exponent first, so that a value such as {@code 1e999999999} is refused without being expanded.
     */
    public static boolean withinMagnitude(BigDecimal value, BigDecimal max) {
        if (value.signum() == 0) {
            return true;
        }
        // The number of digits before the point: value < 10^magnitude.
        long magnitude = (long) value.precision() - value.scale();
        long maxMagnitude = (long) max.precision() - max.scale();
        if (magnitude > maxMagnitude + 1) {
            return false;
        }
        return magnitude < maxMagnitude - 1 || value.abs().compareTo(max) <= 0;
    }

    /**
     * Whether {@code value} has at most {@code decimals} digits after the point once trailing zeros
     * are dropped, decided without expanding a huge exponent.
     */
    public static boolean hasAtMostDecimals(BigDecimal value, int decimals) {
        if (value.scale() <= decimals) {
            return true;
        }
        if ((long) value.scale() - value.precision() > decimals + 1L) {
            return false; // e.g. 1e-999999999: a fraction far below the last decimal allowed
        }
        return value.stripTrailingZeros().scale() <= decimals;
    }

    /**
     * {@code value} for a message: plain digits where that is short, else scientific notation, so
     * that {@code 1e999999999} is shown as {@code 1E+999999999}, not as a billion zeros.
     */
    public static String show(BigDecimal value) {
        if (value == null) {
            return "null";
        }
        long magnitude = (long) value.precision() - value.scale();
        if (value.scale() >= 0 && value.scale() <= 20 || value.scale() < 0 && magnitude <= 30) {
            return value.toPlainString();
        }
        return value.toString();
    }

    /** A whole number of baht for messages, grouped: {@code 10,000,000,000,000}. */
    public static String showBaht(BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,d", value.toBigIntegerExact());
    }

    /**
     * Requires {@code baht} to be an amount of money of at least 0, at most {@code max}, in whole
     * satang; returns it.
     *
     * @param name the key, for the message, e.g. {@code lump_sum}
     * @param per what the amount is per, for the message, e.g. {@code " per pupil"}, or empty
     * @throws IllegalArgumentException saying which condition fails, with the value and the limit
     */
    public static BigDecimal requireAmount(BigDecimal baht, String name, BigDecimal max, String per) {
        if (baht.signum() < 0) {
            throw new IllegalArgumentException("'" + name + "' must be at least 0 (" + show(baht) + ").");
        }
        if (!withinMagnitude(baht, max)) {
            throw new IllegalArgumentException("'" + name + "' (" + show(baht) + ") is too large: the engine handles"
                    + " at most " + showBaht(max) + " THB" + per + ".");
        }
        if (!hasAtMostDecimals(baht, 2)) {
            throw new IllegalArgumentException(
                    "'" + name + "' must be whole satang, at most 2 decimals (" + show(baht) + ").");
        }
        return baht;
    }

    /**
     * Requires {@code value} to be at most {@code max} in absolute value.
     *
     * @param name the key, for the message
     * @param unit how the limit is written in the message, e.g. {@code " THB per pupil"}, or empty
     * @throws IllegalArgumentException stating the value and the limit
     */
    public static BigDecimal requireAtMost(BigDecimal value, String name, BigDecimal max, String unit) {
        if (!withinMagnitude(value, max)) {
            throw new IllegalArgumentException("'" + name + "' (" + show(value) + ") is too large: the engine handles"
                    + " at most " + showBaht(max) + unit + ".");
        }
        return value;
    }

    /**
     * Requires a percentage to be at most {@link #MAX_PERCENT} with at most 10 decimals (so that the
     * exact percentage arithmetic stays within a {@code long}).
     *
     * @throws IllegalArgumentException stating the value and the limit
     */
    public static BigDecimal requirePercent(BigDecimal percent, String name) {
        requireAtMost(percent, name, MAX_PERCENT, " %");
        if (!hasAtMostDecimals(percent, 10)) {
            throw new IllegalArgumentException(
                    "'" + name + "' (" + show(percent) + ") has more than 10 decimals; round it.");
        }
        return percent;
    }
}
