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
package th.allocation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every statistic of 50 made-up schools with varied pupils (1 to 2,500) in three groups, against
 * values computed once by an independent tool and pasted here; the tests do not need R.
 *
 * <p>Data: {@code fifty-schools.csv} beside this class (test resources). Reference values: R 4.2.2
 * with laeken 0.5.2 (Debian 12 packages {@code r-base-core}, {@code r-cran-laeken}), by running
 * {@code Rscript fifty-schools-reference.R} in that folder; the script is kept there. The Gini is
 * {@code laeken::gini(x, weights = n)$value / 100}; the percentiles are
 * {@code quantile(rep(x, n), p, type = 2)}; the other measures are base-R one-liners of the textbook
 * formulas (shown in the script). The percentiles, Gini, Theil's T, the mean log deviation and the
 * Atkinson index for epsilon 2 were also reproduced with NumPy 1.24.2
 * ({@code numpy.percentile(numpy.repeat(x, n), [5, 50, 95], method='averaged_inverted_cdf')} and the
 * pairwise Gini), agreeing to 1e-15.
 *
 * <p>Tolerance: R printed 17 significant digits; a different summation order moves the last few, so
 * measures are compared to a relative 1e-12. Percentiles, minimum and maximum are amounts from the
 * data and compared exactly.
 */
class EquitySampleReferenceTest {
    private static final double RELATIVE = 1e-12;

    private static final List<String> GROUPS = List.of("capital", "special", "subdistrict");
    private static final EquitySample SAMPLE = read();

    private static EquitySample read() {
        List<double[]> rows = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        try (InputStream in = EquitySampleReferenceTest.class.getResourceAsStream("fifty-schools.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: school_id,per_pupil,pupils,group
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                rows.add(new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
                groups.add(GROUPS.indexOf(cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] perPupil = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] pupils = rows.stream().mapToDouble(r -> r[1]).toArray();
        return EquitySample.of(
                perPupil, pupils, groups.stream().mapToInt(Integer::intValue).toArray(), GROUPS);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.abs(expected), what);
    }

    @Test
    void statistics_fiftySchools_matchR() {
        EquityStatistics s = SAMPLE.statistics(2);
        assertEquals(50, s.schools());
        assertEquals(0, s.excludedSchools());
        assertEquals(26527, s.pupils(), 0, "pupils: R sum(n)");
        assertClose(3250.6861793644212, s.mean(), "mean: R sum(n * x) / N");
        assertClose(1114.8242430865985, s.standardDeviation(), "sd: R sqrt(sum(n * (x - mu)^2) / N)");
        assertEquals(1561.65, s.min(), 0, "min: R min(x)");
        assertEquals(2128.73, s.p5(), 0, "P5: R quantile(rep(x, n), 0.05, type = 2)");
        assertEquals(2958.52, s.median(), 0, "median: R quantile(rep(x, n), 0.5, type = 2)");
        assertEquals(5777.69, s.p95(), 0, "P95: R quantile(rep(x, n), 0.95, type = 2)");
        assertEquals(10275.87, s.max(), 0, "max: R max(x)");
        assertClose(10275.87 - 1561.65, s.range(), "range: max - min");
        assertClose(5777.69 - 2128.73, s.restrictedRange(), "restricted range: P95 - P5");
        assertClose((5777.69 - 2128.73) / 2128.73, s.federalRangeRatio(), "federal range ratio: (P95 - P5) / P5");
        assertClose(0.34295043617669996, s.coefficientOfVariation(), "CV: R sd / mu");
        assertClose(0.87037558416335503, s.mcLooneIndex(), "McLoone: R one-liner");
        assertClose(1.2915552639205197, s.verstegenIndex(), "Verstegen: R one-liner");
        assertClose(0.16270920651164, s.gini(), "Gini: R laeken::gini(x, weights = n)$value / 100");
        assertClose(0.049993915249618874, s.theilT(), "Theil T: R one-liner");
        assertClose(0.045087890261314975, s.meanLogDeviation(), "MLD: R sum(n / N * log(mu / x))");
        assertClose(0.078690637357237136, s.atkinson(), "Atkinson epsilon 2: R one-liner");
    }

    @Test
    void gini_fiftySchools_matchesThePairwiseDefinitionInR() {
        // R: sum(outer(n, n) * abs(outer(x, x, "-"))) / (2 * N^2 * mu), the mean-difference definition.
        assertClose(0.16270920651163992, SAMPLE.gini(), "Gini, pairwise");
    }

    @Test
    void atkinson_fiftySchools_otherEpsilons_matchR() {
        assertClose(0.023442180239999, SAMPLE.atkinson(0.5), "Atkinson epsilon 0.5: R one-liner");
        assertClose(0.044086537343106968, SAMPLE.atkinson(1), "Atkinson epsilon 1: R 1 - exp(mean log x) / mu");
    }

    @Test
    void theilDecomposition_fiftySchools_matchesR() {
        TheilDecomposition d = TheilDecomposition.of(SAMPLE);
        assertClose(0.049993915249618874, d.total(), "total");
        assertClose(0.011363285184886728, d.between(), "between: R sum_g s_g log(mu_g / mu)");
        assertClose(0.03863063006473208, d.within(), "within: R sum_g s_g T_g");
        Map<String, double[]> expected = Map.of(
                // group: T_g, between term, within term (R, same script)
                "capital", new double[] {0.0085422281816460634, -0.050425824216229299, 0.0023014736382982598},
                "special", new double[] {0.05113884460404132, 0.068262385695303143, 0.017788210080219368},
                "subdistrict", new double[] {0.048443243987749927, -0.0064732762941871165, 0.018540946346214452});
        assertEquals(
                GROUPS, d.groups().stream().map(TheilDecomposition.Group::label).toList());
        for (TheilDecomposition.Group group : d.groups()) {
            double[] values = expected.get(group.label());
            assertClose(values[0], group.theilT(), group.label() + " T_g");
            assertClose(values[1], group.between(), group.label() + " between term");
            assertClose(values[2], group.within(), group.label() + " within term");
        }
    }

    @Test
    void lorenzCurve_fiftySchools_matchesRInterpolation() {
        // R: approx(c(0, cumsum(n[o]) / N), c(0, cumsum((n * x)[o]) / sum(n * x)), p)$y with o <- order(x).
        LorenzCurve curve = SAMPLE.lorenzCurve();
        assertClose(0.39605383597185539, curve.moneyShareAt(0.5), "L(0.5)");
        assertClose(0.82004831218129737, curve.moneyShareAt(0.9), "L(0.9)");
    }
}
