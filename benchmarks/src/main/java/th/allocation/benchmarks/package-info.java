/**
 * JMH benchmarks of allocation-core at national size (29,449 schools) and at 1.5 million schools:
 * the weighted formula with exact budget scaling, floors, caps and rounding against the flat per-head
 * baseline ({@link th.allocation.benchmarks.FormulaAllocationBenchmark}), allocation against targets
 * with each objective ({@link th.allocation.benchmarks.TargetOptimisationBenchmark}), and the
 * decentralised allocation against the one-step one ({@link
 * th.allocation.benchmarks.DecentralisedBenchmark}), on the synthetic Thailand and the bundled
 * national scenarios. Run from the repository root:
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar
 * </pre>
 *
 * <p>Outside the layering of the library (docs/design.md): it uses allocation-core's public API only,
 * and nothing depends on it. Not API; the benchmark classes are public because JMH requires it.
 */
package th.allocation.benchmarks;
