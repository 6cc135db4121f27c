package th.allocation.optimise;

/**
 * What a solver found for a {@link TargetProblem}: the money spent on each item and each school's
 * extra money, before rounding, with the objective values and the budget's shadow price.
 *
 * @param solver the solver's name, e.g. {@code structured} or {@code lp:GLOP}
 * @param itemSpend satang spent on each item, between 0 and its cost
 * @param extra each school's extra money in satang (item spending plus any floor top-up)
 * @param maxShortfall the largest priority-weighted relative shortfall left
 * @param weightedShortfall the weighted-shortfall objective left
 * @param budgetShadowPrice how much the optimised objective falls per extra baht of budget (the
 *     largest shortfall for min-max, the weighted shortfall otherwise); 0 when money is not scarce
 */
public record TargetSolution(
        String solver,
        double[] itemSpend,
        double[] extra,
        double maxShortfall,
        double weightedShortfall,
        double budgetShadowPrice) {}
