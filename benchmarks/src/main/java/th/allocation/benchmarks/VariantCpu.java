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
package th.allocation.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU time per sweep variant over one JMH iteration, printed at its end (JMH's auxiliary
 * counters would sum it over the iterations). {@link ThreadTime} counts the benchmark thread's
 * time, for work on that thread alone; {@link ProcessTime} the whole process's, for work spread
 * over pool threads.
 */
@State(Scope.Thread)
public abstract class VariantCpu {
    private long nanos;
    private long variants;

    /** Starts the iteration's count afresh. */
    @Setup(Level.Iteration)
    public void clear() {
        nanos = 0;
        variants = 0;
    }

    /** Prints the iteration's CPU time per variant. */
    @TearDown(Level.Iteration)
    public void print() {
        if (variants > 0) {
            System.out.printf("%s CPU per variant: %.3f ms (%d variants)%n", whose(), nanos / 1e6 / variants, variants);
        }
    }

    /** The CPU time counted, in nanoseconds, from an origin of its own. */
    abstract long now();

    /** Whose CPU time this counts, for the printed line. */
    abstract String whose();

    /** Adds {@code cpuNanos} spent on {@code count} variants. */
    void add(long cpuNanos, int count) {
        nanos += cpuNanos;
        variants += count;
    }

    /** The benchmark thread's CPU time. */
    public static class ThreadTime extends VariantCpu {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        @Override
        long now() {
            return THREADS.getCurrentThreadCpuTime();
        }

        @Override
        String whose() {
            return "thread";
        }
    }

    /** The whole process's CPU time. */
    public static class ProcessTime extends VariantCpu {
        @Override
        long now() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        @Override
        String whose() {
            return "process";
        }
    }
}
