/**
 * Readers of the engine's inputs: {@link th.allocation.input.SchoolFiles} reads the canonical school
 * table from the file a scenario names, CSV ({@link th.allocation.input.SchoolCsvReader}) or a sheet
 * of an Excel workbook, with the names of its columns in {@link th.allocation.input.SchoolColumns};
 * {@link th.allocation.input.ScenarioReader} reads a scenario from YAML or JSON, strictly; {@link
 * th.allocation.input.OverridesReader} reads the units' own values of a decentralised level, a folder
 * of YAML files or a CSV table. A reader goes through the whole input and reports every problem at
 * once as an {@code InputException}, each {@code Problem} with its file, line, column, field or key
 * path, school id, the value and what was expected, with a "did you mean" for a misspelt name. The
 * data contract is in docs/model.md (Schools and the data contract).
 *
 * <p>In the layering (docs/design.md) it sits above the model, the scenario values and their file
 * form, and below the results and allocators, which never read files. Commons CSV and Jackson are
 * used here, at the edge (with fastexcel's reader for workbooks), and their exceptions are translated
 * into problems. Public API: {@code SchoolFiles}, the three readers and {@code SchoolColumns}; their
 * helpers are package-private.
 */
package th.allocation.input;
