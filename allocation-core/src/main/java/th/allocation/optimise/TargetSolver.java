package th.allocation.optimise;

/**
 * A solver of target problems. The exact structured solver is built in; an LP solver (OR-Tools) is
 * found through {@link java.util.ServiceLoader} when its module is on the class path, so formula and
 * structured runs never load native code.
 */
public interface TargetSolver {
    /** The solver's name in outputs, e.g. {@code structured} or {@code lp}. */
    String name();

    /** Whether this solver can solve {@code problem} exactly; if not, {@link #whyNot} says why. */
    boolean supports(TargetProblem problem);

    /** Why this solver cannot solve {@code problem}, for messages; empty if it can. */
    String whyNot(TargetProblem problem);

    /**
     * Solves {@code problem}.
     *
     * @throws th.allocation.InfeasibleException if its constraints conflict, with the numbers
     */
    TargetSolution solve(TargetProblem problem);
}
