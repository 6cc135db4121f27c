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
package th.allocation.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import th.allocation.internal.SplitMix64;
import th.allocation.parameters.ScenarioParameters.Parameter;
import th.allocation.scenario.Scenario;

/**
 * How a Monte Carlo sweep draws a parameter's value (see {@link Sweep}): the resolution it is
 * rounded to, 53 random bits that are a pure function of the seed, the variant and the parameter,
 * and the value scaled from them in exact decimals.
 */
final class MonteCarloDraws {
    private static final BigDecimal REAL_RESOLUTION = new BigDecimal("0.000001");
    private static final BigDecimal DECIMAL_RESOLUTION = new BigDecimal("0.01");
    private static final BigDecimal TWO_TO_MINUS_53 = new BigDecimal(Math.scalb(1.0, -53));

    private MonteCarloDraws() {}

    /**
     * The resolution draws of {@code parameter} are rounded to: 1 for whole numbers, 0.000001 for
     * real numbers, the scenario's rounding unit for the budget and 0.01 for other decimals.
     */
    static BigDecimal resolution(Parameter parameter, Scenario base) {
        return switch (parameter.kind()) {
            case WHOLE_NUMBER -> BigDecimal.ONE;
            case REAL -> REAL_RESOLUTION;
            case DECIMAL -> parameter.path().equals("budget") ? base.roundingUnit() : DECIMAL_RESOLUTION;
        };
    }

    /** A uniform fraction in [0, 1) for draw {@code k} of variant {@code index}, as 53 random bits. */
    static long unit(long seed, int index, int k) {
        long z = SplitMix64.mix(seed + SplitMix64.GOLDEN_GAMMA);
        z = SplitMix64.mix(z + SplitMix64.GOLDEN_GAMMA * (index + 1L));
        z = SplitMix64.mix(z + SplitMix64.GOLDEN_GAMMA * (k + 1L));
        return z >>> 11;
    }

    /** {@code low + (high - low) * bits / 2^53}, rounded to the resolution (halves to even), in exact decimals. */
    static BigDecimal draw(Range range, BigDecimal resolution, long bits) {
        BigDecimal fraction = new BigDecimal(bits).multiply(TWO_TO_MINUS_53);
        BigDecimal exact = range.low().add(range.high().subtract(range.low()).multiply(fraction));
        BigDecimal steps = exact.divide(resolution, 0, RoundingMode.HALF_EVEN);
        return steps.multiply(resolution).stripTrailingZeros().max(range.low()).min(range.high());
    }
}
