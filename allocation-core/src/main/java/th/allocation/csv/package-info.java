/**
 * CSV as spreadsheets read it: {@link th.allocation.csv.SpreadsheetCsv} writes UTF-8 with a
 * byte-order mark and CRLF line ends, and neutralises cells that a spreadsheet would run as a
 * formula. Shared by the writers ({@code output}) and the generator ({@code generate}), so neither
 * sits on the other.
 *
 * <p>In the layering (docs/design.md) it is at the bottom, next to {@code stats}: it uses nothing of
 * the project. Public so that those packages can reach it; not API for embedders.
 */
package th.allocation.csv;
