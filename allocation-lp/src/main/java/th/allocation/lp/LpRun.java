/*
 * Copyright 2026 The Thai basic-education allocation engine authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package th.allocation.lp;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.pdlp.PrimalDualHybridGradientParams;
import com.google.ortools.pdlp.TerminationCriteria;
import com.google.protobuf.TextFormat;
import java.time.Duration;
import java.util.function.Supplier;
import th.allocation.AllocationException;
import th.allocation.InfeasibleException;

/**
 * How one solve talks to OR-Tools: creates an {@code MPSolver} for a backend with the parameters it
 * needs, and solves a model to an optimum within the whole solve's time limit, turning every other
 * outcome into an exception with the reason. Shared by the model's phases ({@link LpModel}) and the
 * leftover stage ({@link LpLeftoverStage}).
 */
final class LpRun {
    private final LpTargetSolver.Backend backend;
    private final Duration timeLimit;
    private final long deadline;

    /**
     * A run whose solves share {@code timeLimit}, counted from now; {@code backend} is the model's
     * (GLOP's retry without presolve applies when it is GLOP).
     */
    LpRun(LpTargetSolver.Backend backend, Duration timeLimit) {
        this.backend = backend;
        this.timeLimit = timeLimit;
        this.deadline = System.nanoTime() + timeLimit.toNanos();
    }

    /** A new, empty model for {@code backend}, quiet, with its parameters set; the caller deletes it. */
    static MPSolver create(LpTargetSolver.Backend backend) {
        MPSolver created = MPSolver.createSolver(backend.name());
        if (created == null) {
            throw new AllocationException("This OR-Tools build has no " + backend + " solver.\nMaybe use the GLOP"
                    + " backend (LpTargetSolver.Backend.GLOP).");
        }
        if (backend == LpTargetSolver.Backend.PDLP) {
            // Default PDLP tolerances gave about 1e-5 relative error; ask for 1e-9. (Feasibility polishing
            // would help the primal, but through MPSolver 9.15 it ends even a 3-row model NOT_SOLVED.)
            PrimalDualHybridGradientParams params = PrimalDualHybridGradientParams.newBuilder()
                    .setTerminationCriteria(TerminationCriteria.newBuilder()
                            .setSimpleOptimalityCriteria(TerminationCriteria.SimpleOptimalityCriteria.newBuilder()
                                    .setEpsOptimalAbsolute(LpTolerances.PDLP_OPTIMALITY)
                                    .setEpsOptimalRelative(LpTolerances.PDLP_OPTIMALITY)))
                    .build();
            if (!created.setSolverSpecificParametersAsString(
                    TextFormat.printer().printToString(params))) {
                created.delete();
                throw new IllegalStateException("PDLP refused its parameters: " + params);
            }
        }
        if (backend == LpTargetSolver.Backend.HIGHS) {
            // Interior point (IPX, with crossover to a vertex): with HiGHS's default choice the national
            // min-max did not finish in 300 s, with IPX in 120-160 s. MPSolver's HiGHS wrapper returns
            // false here but passes the options on to HiGHS (checked with its log).
            created.setSolverSpecificParametersAsString("solver=ipm");
        }
        created.suppressOutput();
        return created;
    }

    /**
     * Solves {@code model} as it stands; returns normally only at an optimum. GLOP's presolve sometimes
     * ends in IMPRECISE (reported as ABNORMAL) where its postsolve needs a large cost perturbation; the
     * model is then solved once more without presolve.
     *
     * @throws InfeasibleException from {@code infeasible} if the model has no solution
     * @throws AllocationException if the solve fails or reaches the time limit
     */
    void solve(MPSolver model, String phase, Supplier<InfeasibleException> infeasible) {
        MPSolver.ResultStatus status = solveOnce(model, phase, null);
        if (status == MPSolver.ResultStatus.ABNORMAL && backend == LpTargetSolver.Backend.GLOP) {
            MPSolverParameters withoutPresolve = new MPSolverParameters();
            withoutPresolve.setIntegerParam(
                    MPSolverParameters.IntegerParam.PRESOLVE,
                    MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
            status = solveOnce(model, phase, withoutPresolve);
            withoutPresolve.delete();
        }
        if (status == MPSolver.ResultStatus.OPTIMAL) {
            return;
        }
        if (status == MPSolver.ResultStatus.INFEASIBLE) {
            throw infeasible.get();
        }
        boolean outOfTime = System.nanoTime() >= deadline - 50_000_000L;
        if (outOfTime && (status == MPSolver.ResultStatus.FEASIBLE || status == MPSolver.ResultStatus.NOT_SOLVED)) {
            throw timeLimit(model, phase, null);
        }
        throw new AllocationException("The LP solver (" + backend + ") ended the " + phase + " phase with status "
                + status + " on " + model.numVariables() + " variables and " + model.numConstraints()
                + " constraints, without an optimal solution.\nMaybe try another backend"
                + " (LpTargetSolver.withBackend), or the structured solver where it applies.");
    }

    private MPSolver.ResultStatus solveOnce(MPSolver model, String phase, MPSolverParameters parameters) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timeLimit(model, phase, null);
        }
        model.setTimeLimit(Math.max(1, left / 1_000_000));
        try {
            return parameters == null ? model.solve() : model.solve(parameters);
        } catch (RuntimeException e) {
            // HiGHS through MPSolver throws IllegalArgumentException (an unknown result status) at its time limit.
            if (System.nanoTime() >= deadline) {
                throw timeLimit(model, phase, e);
            }
            throw new AllocationException("The LP solver (" + backend + ") failed in the " + phase + " phase: " + e, e);
        }
    }

    private AllocationException timeLimit(MPSolver model, String phase, RuntimeException cause) {
        String message =
                "The LP solver (" + backend + ") reached its time limit (" + timeLimit.toSeconds() + " s) in the "
                        + phase + " phase, on " + model.numVariables() + " variables and " + model.numConstraints()
                        + " constraints, before it proved an optimum.\nMaybe raise the limit (LpTargetSolver.withTimeLimit),"
                        + " use another backend, or the structured solver where it applies.";
        return cause == null ? new AllocationException(message) : new AllocationException(message, cause);
    }
}
