package th.allocation.optimise;

/** Builds a {@link TargetSolution} from item spending, with the objective values it reaches. */
final class TargetSolutions {
    private TargetSolutions() {}

    static TargetSolution of(String solver, TargetProblem problem, PairCurves curves, double[] itemSpend,
            double[] extra, double shadowPrice) {
        int m = problem.indicators();
        double worst = 0;
        double weighted = 0;
        for (int pair = 0; pair < problem.schools() * m; pair++) {
            double remaining = remaining(problem, curves, itemSpend, pair);
            int s = pair / m;
            int k = pair % m;
            worst = Math.max(worst, problem.priority(k) * remaining);
            weighted += problem.priority(k) * weight(problem, s, k) * remaining;
        }
        return new TargetSolution(solver, itemSpend, extra, worst, weighted, shadowPrice);
    }

    /** The relative shortfall of pair {@code pair} left after the given spending. */
    static double remaining(TargetProblem problem, PairCurves curves, double[] itemSpend, int pair) {
        double reduced = 0;
        for (int j = curves.start[pair]; j < curves.start[pair + 1]; j++) {
            reduced += problem.itemReduction[j] * Math.min(1, itemSpend[j] / problem.itemCost[j]);
        }
        return Math.max(0, problem.shortfall[pair] - reduced);
    }

    /** The weight of pair (s, k) in the weighted objective: the school's pupils. */
    static double weight(TargetProblem problem, int s, int k) {
        return problem.pupils[s];
    }
}
