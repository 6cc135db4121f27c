/**
 * Equity statistics of per-pupil amounts, weighted by pupils (docs/equity.md): range,
 * restricted range and federal range ratio (percentiles over pupils), coefficient of variation,
 * McLoone and Verstegen indices, Gini, Theil's T with its between/within decomposition, the mean
 * log deviation, the Atkinson index and the Lorenz curve, overall and by group.
 *
 * <p>The package is pure numbers: amounts and weights in, statistics out. It knows nothing of
 * schools or allocations; {@code th.allocation.result.PerPupilSample} turns an allocation result
 * into a sample (baht per pupil, weighted by pupils, grouped by area type, cluster...).
 *
 * <pre>{@code
 * EquitySample sample = EquitySample.of(perPupil, pupils, groups, labels);
 * EquityStatistics all = sample.statistics(1.0);              // Atkinson with epsilon = 1
 * Map<String, EquityStatistics> byArea = sample.statisticsByGroup(1.0);
 * TheilDecomposition theil = TheilDecomposition.of(sample);  // between + within = total
 * List<LorenzCurve.Point> chart = sample.lorenzCurve().points(100);
 * }</pre>
 *
 * <p>Data are columnar ({@code double[]} amounts and weights), sorted once in linear time; each
 * measure is then one pass, so national and larger tables take well under a second.
 */
package th.allocation.stats;
