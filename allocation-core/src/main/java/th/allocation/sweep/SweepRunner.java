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
package th.allocation.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.AreaType;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.PerPupilSample;
import th.allocation.scenario.Scenario;
import th.allocation.solve.FormulaSeries;
import th.allocation.stats.EquityStatistics;

/**
 * Runs a {@link Sweep}: allocates its variants in parallel on a fixed pool of threads sharing the
 * one school table, keeps one row per variant, and returns the rows in variant order whatever the
 * number of threads (see {@link Sweep#run}).
 */
final class SweepRunner {
    private final Sweep sweep;
    private final int size;
    private final double atkinsonEpsilon;

    SweepRunner(Sweep sweep) {
        this.sweep = sweep;
        this.size = sweep.size();
        this.atkinsonEpsilon = sweep.atkinsonEpsilon();
    }

    /** {@link Sweep#run}, its arguments already checked. */
    SweepResult run(SchoolTable schools, int threads, Sweep.Progress progress) {
        long[] pupilsByArea = new long[AreaType.values().length];
        for (int i = 0; i < schools.size(); i++) {
            pupilsByArea[schools.areaType(i).ordinal()] += schools.totalPupils(i);
        }
        List<Long> pupils = new ArrayList<>();
        for (long p : pupilsByArea) {
            pupils.add(p);
        }
        SweepRow[] rows = new SweepRow[size];
        // Each worker takes a run of consecutive variants at a time, not one variant: a grid's
        // neighbours differ in one value by one step, so the worker's series reuses most of the last
        // variant (the needs' columns, the scale's prediction, the order of the per-pupil amounts).
        // Variants handed out one by one would alternate between the workers, each then a step of
        // uneven length away from that worker's last. The runs shrink towards the end, so that the
        // workers finish together.
        Chunks chunks = new Chunks(size, threads);
        BlockingQueue<Object> done = new LinkedBlockingQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        try {
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    try {
                        Worker worker = new Worker(schools);
                        for (long run = chunks.next(); run >= 0 && !stop.get(); run = chunks.next()) {
                            int from = (int) (run >>> 32);
                            int to = (int) run;
                            for (int variant = from; variant < to && !stop.get(); variant++) {
                                rows[variant - 1] = evaluate(variant, schools, pupils, worker);
                                done.add(variant); // the queue makes the row written visible to its taker
                            }
                        }
                    } catch (RuntimeException | Error e) {
                        done.add(e);
                    }
                });
            }
            for (int finished = 1; finished <= size; finished++) {
                Object next = done.take();
                if (next instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (next instanceof Error error) {
                    throw error;
                }
                progress.update(finished, size);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The sweep was interrupted.", e);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        return new SweepResult(sweep, List.of(rows));
    }

    /** Allocates one variant, formula scenarios through the worker's {@code series}, and keeps its row. */
    SweepRow evaluate(int variant, SchoolTable schools, List<Long> pupilsByArea, Worker worker) {
        List<BigDecimal> values = sweep.values(variant);
        AllocationResult result;
        try {
            Scenario scenario = sweep.scenario(variant);
            result = scenario.targets() == null && !scenario.isDecentralised()
                    ? worker.formulas().allocateInPlace(scenario)
                    : AllocationEngine.allocate(scenario, schools);
        } catch (InputException e) {
            Problem first = e.problems().get(0);
            String reason = (first.field().isEmpty() ? "" : first.field() + ": ") + first.message();
            return SweepRow.failed(variant, values, SweepStatus.INVALID, reason);
        } catch (InfeasibleException e) {
            return SweepRow.failed(variant, values, SweepStatus.INFEASIBLE, e.getMessage());
        } catch (ArithmeticException e) {
            return SweepRow.failed(
                    variant,
                    values,
                    SweepStatus.INVALID,
                    "An amount does not fit the engine's range (" + e.getMessage() + ").");
        }
        long[] byArea = new long[AreaType.values().length];
        long[] bounds = new long[Bound.values().length];
        for (int i = 0; i < schools.size(); i++) {
            byArea[schools.areaType(i).ordinal()] += result.allocation(i);
            bounds[result.bound(i).ordinal()]++;
        }
        Map<Bound, Long> boundCounts = new EnumMap<>(Bound.class);
        for (Bound bound : Bound.values()) {
            boundCounts.put(bound, bounds[bound.ordinal()]);
        }
        List<Long> allocation = new ArrayList<>(byArea.length);
        for (long amount : byArea) {
            allocation.add(amount);
        }
        EquityStatistics equity = result.schools() == schools
                ? worker.equity().statistics(result, atkinsonEpsilon)
                : PerPupilSample.of(result).statistics(atkinsonEpsilon);
        return new SweepRow(
                variant,
                values,
                SweepStatus.OK,
                "",
                result.total(),
                result.scale(),
                boundCounts,
                equity,
                allocation,
                pupilsByArea);
    }

    /**
     * What a worker thread keeps from one variant to its next: the formula series (needs, bounds,
     * scale) and the equity series (the order of the per-pupil amounts, the arrays).
     */
    record Worker(FormulaSeries formulas, PerPupilSample.Series equity) {
        Worker(SchoolTable schools) {
            this(new FormulaSeries(schools), new PerPupilSample.Series(schools));
        }
    }

    /**
     * Hands out the variants 1 to {@code size} in runs of consecutive variants, each a share of
     * those left (guided scheduling), at least {@link #SHORTEST}, to whichever worker asks first.
     */
    static final class Chunks {
        /** The shortest run: a worker's first variant of a run costs more than the next ones. */
        static final int SHORTEST = 8;

        private final int size;
        private final int parts;
        private final AtomicInteger next = new AtomicInteger(1);

        Chunks(int size, int threads) {
            this.size = size;
            this.parts = 2 * threads;
        }

        /** The next run, {@code from << 32 | to} (to exclusive), or -1 when every variant is handed out. */
        long next() {
            while (true) {
                int from = next.get();
                int left = size + 1 - from;
                if (left <= 0) {
                    return -1;
                }
                int length = Math.min(left, Math.max(SHORTEST, left / parts));
                if (next.compareAndSet(from, from + length)) {
                    return (long) from << 32 | (from + length);
                }
            }
        }
    }

    /** Daemon threads named alloc-sweep-N, so a forgotten pool never keeps the JVM alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "alloc-sweep-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
