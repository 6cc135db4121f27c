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

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014; constants as in Vigna's reference {@code splitmix64.c}). Written out here,
 * rather than taken from {@code java.util}, so that the generated school files are the same bytes on
 * every JDK: the JDK's generators are free to change their algorithms between releases, this one is
 * fixed by its definition. Every derived value uses only integer arithmetic, IEEE-754 basic
 * operations (exact by the Java specification) and {@link StrictMath}.
 *
 * <p>Not thread-safe; one instance per stream of draws.
 */
public final class SplitMix64 {
    /** The increment of the generator's counter: 2^64 divided by the golden ratio, odd. */
    public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private static final double TWO_PI = 2 * StrictMath.PI;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * A generator for one independent part of the output, e.g. one Educational Service Area: the
     * seed and the part's numbers are mixed, so that changing how many draws one part makes never
     * shifts the draws of another.
     */
    public static SplitMix64 forPart(long seed, long... part) {
        long mixed = mix(seed ^ 0x5DEECE66DL);
        for (long p : part) {
            mixed = mix(mixed + GOLDEN_GAMMA * (p + 1));
        }
        return new SplitMix64(mixed);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A double uniform in [0, 1), from the top 53 bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** An int uniform in [0, bound), without modulo bias (Lemire's multiply-and-reject). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("The bound must be positive (" + bound + ").");
        }
        long threshold = (1L << 32) % bound;
        while (true) {
            long bits = nextLong() >>> 32;
            long product = bits * bound;
            if ((product & 0xFFFFFFFFL) >= threshold) {
                return (int) (product >>> 32);
            }
        }
    }

    /** A standard normal draw, by the Box-Muller transform (one of the pair; the other is dropped for simplicity). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // in (0, 1], so the logarithm is finite
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(TWO_PI * u2);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /**
     * {@code x} rounded up or down at random so that the expected result is {@code x}: unbiased
     * rounding keeps totals over many schools on target where plain rounding would drift.
     */
    public long roundRandomly(double x) {
        double floor = StrictMath.floor(x);
        return (long) floor + (nextDouble() < x - floor ? 1 : 0);
    }

    /**
     * A Poisson draw with mean {@code mean}: Knuth's product method up to a mean of 30, a rounded
     * normal approximation above (whose error is far below the noise the generator models).
     */
    public long poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > 30) {
            return StrictMath.max(0, StrictMath.round(mean + StrictMath.sqrt(mean) * nextGaussian()));
        }
        double limit = StrictMath.exp(-mean);
        long count = 0;
        double product = nextDouble();
        while (product > limit) {
            count++;
            product *= nextDouble();
        }
        return count;
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
