/**
 * The LP solver of target problems, {@link th.allocation.lp.LpTargetSolver}, on OR-Tools'
 * {@code MPSolver}. This is the only module that touches OR-Tools: allocation-core finds the solver
 * through {@link java.util.ServiceLoader} when this module is on the class path, so formula runs and
 * structured solves never load native code. Everything but the solver class is package-private.
 */
package th.allocation.lp;
