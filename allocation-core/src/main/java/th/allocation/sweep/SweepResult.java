package th.allocation.sweep;

import java.util.List;

/**
 * The rows of a sweep, one per variant in variant order, whatever the number of threads.
 *
 * @param sweep the sweep run
 * @param rows one row per variant, variant 1 first
 */
public record SweepResult(Sweep sweep, List<SweepRow> rows) {
    /** Copies the rows. */
    public SweepResult {
        rows = List.copyOf(rows);
    }

    /** How many variants ended with {@code status}. */
    public long count(SweepStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }
}
