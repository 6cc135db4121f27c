/**
 * The {@code alloc} command, on picocli: {@link th.allocation.cli.AllocCommand} with its subcommands
 * {@code run}, {@code compare}, {@code sweep}, {@code validate} and {@code generate}, started by
 * {@link th.allocation.cli.Main}. The repository's {@code README.md} documents every option and output.
 *
 * <p>The top of the layering (docs/design.md), on allocation-core and allocation-lp, and the only
 * place that knows about terminals, progress bars and exit codes: 0 success, 2 bad input or usage
 * (every problem listed, one per line, with its file, line, column and school), 1 anything else;
 * {@code --verbose} adds stack traces. Not a library: {@code Main} and {@code
 * AllocCommand.execute}, which runs the command in-process and returns its exit code, are public for
 * the launcher and the tests; the subcommands and their options are package-private.
 */
package th.allocation.cli;
