package th.allocation;

/**
 * The scenario is well formed but cannot be satisfied: its constraints conflict, for example
 * floors that add up to more than the budget. The message says which constraints conflict, with
 * the numbers, and what would make the scenario feasible.
 */
public final class InfeasibleException extends AllocationException {
    private static final long serialVersionUID = 1L;

    /** An exception whose message names the conflicting constraints, their amounts and a remedy. */
    public InfeasibleException(String message) {
        super(message);
    }
}
