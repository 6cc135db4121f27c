/**
 * Writers of every file the {@code alloc} command writes, for embedders who want the same files:
 * {@link th.allocation.output.AllocationWriter} ({@code allocations.csv} with every baht explained,
 * {@code equity.csv}, {@code summary.json}, one table per level of a decentralised allocation),
 * {@link th.allocation.output.ComparisonWriter}, {@link th.allocation.output.SweepWriter} and {@link
 * th.allocation.output.ReportWriter} (a self-contained HTML report), each into an {@link
 * th.allocation.output.OutputFolder} that is written whole or not at all; with {@link
 * th.allocation.output.OutputOptions}, {@link th.allocation.output.ReportLanguage} and {@link
 * th.allocation.output.InputFile} (an input of the run manifest). CSV opens cleanly in Excel and reads
 * cleanly in R and pandas; the same result always gives the same bytes.
 *
 * <p>In the layering (docs/design.md) it sits above everything it writes (results, statistics,
 * comparisons, sweeps); only the generator and the command are above it. Jackson and Commons CSV are
 * used here, at the edge; the {@code summary} methods return Jackson's {@code JsonNode} for callers
 * who want the summary as a tree. Public API: the writers, {@code OutputFolder}, {@code
 * OutputOptions}, {@code ReportLanguage} and {@code InputFile}; number formats, column names, JSON
 * settings, the report's texts and the level tables are package-private.
 */
package th.allocation.output;
