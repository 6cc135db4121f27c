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
package th.allocation.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.ref.SoftReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import th.allocation.AllocationException;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;

/**
 * The state of one browser tab: the parameters changed from the scenario as loaded, the history of
 * changes, and the last good result. Thread-safe.
 *
 * <p>Every change is checked at once, as a scenario file would be, and a bad value is refused with the
 * engine's located message and changes nothing. An accepted change is then allocated; the newest
 * change wins: a computation whose change has been overtaken is not started, or, if already allocating,
 * is abandoned before its statistics, and its request is answered {@code stale} (the newer request
 * answers with the newer figures). A computation that fails (an infeasible budget, say) puts the
 * session back to its last good result, whose figures stay on the page with the message.
 *
 * <p>Each request carries the tab's sequence number; one older than a request already seen is
 * answered {@code stale} without effect, so requests overtaking one another on the network cannot
 * apply an older value after a newer one.
 */
final class Session {
    /** A number as a scenario file writes it, without an exponent: the value of a field. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String id;
    private final Baseline baseline;
    private final Semaphore cores;
    private final ReentrantLock computing = new ReentrantLock(true);

    // Guarded by this.
    private Map<String, BigDecimal> values = Map.of();
    private final List<Change> history = new ArrayList<>();
    private long version;
    private long newestSequence;
    private Good good;
    private volatile long lastUsed = System.nanoTime();

    /** One change of the history: a parameter (or {@code reset}), its value before and after. */
    private record Change(String what, String from, String to, Map<String, BigDecimal> before) {}

    /** The last good state: the values allocated, their figures, and the result while memory allows. */
    private record Good(
            Map<String, BigDecimal> values,
            Scenario scenario,
            List<Change> history,
            ObjectNode fields,
            ObjectNode figures,
            Timing timing,
            SoftReference<AllocationResult> result) {}

    /**
     * Where the time of a change went, in milliseconds: making and checking the scenario variant,
     * allocating it, and its figures (statistics and aggregates).
     */
    private record Timing(double variant, double allocate, double figures) {
        static final Timing NONE = new Timing(0, 0, 0);

        /** The recomputation: allocation and figures. */
        double compute() {
            return allocate + figures;
        }
    }

    /** What a request gets: its status and the JSON sent back. */
    record Reply(Status status, ObjectNode body) {}

    /** How a request ended. */
    enum Status {
        /** Computed; the figures are the new ones. */
        OK,
        /** Overtaken by a newer request of the same tab, which answers instead. */
        STALE,
        /** The value was refused; nothing changed. */
        INVALID,
        /** The change was accepted but its allocation failed; the last good result stands. */
        FAILED
    }

    Session(String id, Baseline baseline, Semaphore cores, AllocationResult initial, ObjectNode initialFigures) {
        this.id = id;
        this.baseline = baseline;
        this.cores = cores;
        Scenario scenario = baseline.engine().scenario();
        this.good = new Good(
                Map.of(),
                scenario,
                List.of(),
                fieldValues(scenario),
                initialFigures,
                Timing.NONE,
                new SoftReference<>(initial));
    }

    String id() {
        return id;
    }

    long lastUsed() {
        return lastUsed;
    }

    /** The state as it stands, answered to a tab that (re)opens the page. */
    synchronized Reply current() {
        touch();
        return new Reply(Status.OK, body(Status.OK, newestSequence, null));
    }

    /**
     * Sets the parameter at {@code path} to the number written {@code text}, and allocates.
     *
     * @param sequence the tab's number for this request, larger than any before
     */
    Reply set(long sequence, String path, String text) {
        double variantMillis;
        Map<String, BigDecimal> candidate;
        Scenario scenario;
        long mine;
        synchronized (this) {
            touch();
            if (sequence <= newestSequence) {
                return stale(sequence);
            }
            newestSequence = sequence;
            BigDecimal value;
            try {
                if (baseline.form().parameter(path).isEmpty()) {
                    ScenarioParameters.find(baseline.engine().scenario(), path); // throws, with a "did you mean"
                }
                value = number(path, text);
                candidate = new LinkedHashMap<>(values);
                candidate.put(path, value);
                long start = System.nanoTime();
                scenario = baseline.scenario(candidate);
                variantMillis = (System.nanoTime() - start) / 1e6;
            } catch (InputException e) {
                return invalid(sequence, path, e);
            }
            String before = values.containsKey(path)
                    ? ParameterForm.plain(values.get(path))
                    : baseline.form().initial(path);
            history.add(new Change(path, before, ParameterForm.plain(value), values));
            values = candidate; // never changed after: a new map for every change
            mine = ++version;
        }
        return compute(sequence, mine, scenario, path, variantMillis);
    }

    /** Takes back the last change of the history, and allocates. */
    Reply undo(long sequence) {
        double variantMillis;
        Scenario scenario;
        long mine;
        synchronized (this) {
            touch();
            if (sequence <= newestSequence) {
                return stale(sequence);
            }
            newestSequence = sequence;
            if (history.isEmpty()) {
                return new Reply(Status.OK, body(Status.OK, sequence, null));
            }
            values = history.remove(history.size() - 1).before();
            long start = System.nanoTime();
            scenario = baseline.scenario(values); // was valid when it was current
            variantMillis = (System.nanoTime() - start) / 1e6;
            mine = ++version;
        }
        return compute(sequence, mine, scenario, "", variantMillis);
    }

    /** Goes back to the scenario as loaded (a change of the history, so it can be undone). */
    Reply reset(long sequence) {
        long mine;
        synchronized (this) {
            touch();
            if (sequence <= newestSequence) {
                return stale(sequence);
            }
            newestSequence = sequence;
            if (values.isEmpty()) {
                return new Reply(Status.OK, body(Status.OK, sequence, null));
            }
            history.add(new Change("reset", "", "", values));
            values = Map.of();
            mine = ++version;
        }
        return compute(sequence, mine, baseline.engine().scenario(), "", 0);
    }

    /** The scenario of the figures shown: the last good one. */
    synchronized Scenario scenario() {
        touch();
        return good.scenario();
    }

    /** The allocation of the figures shown, computed again if memory ran short since. */
    AllocationResult result() {
        Good shown;
        synchronized (this) {
            touch();
            shown = good;
        }
        AllocationResult result = shown.result().get();
        if (result != null) {
            return result;
        }
        cores.acquireUninterruptibly();
        try {
            return baseline.allocate(shown.scenario());
        } finally {
            cores.release();
        }
    }

    private Reply compute(long sequence, long mine, Scenario scenario, String field, double variantMillis) {
        computing.lock(); // one computation per tab at a time; the newest waits for the one under way
        try {
            if (overtaken(mine)) {
                return stale(sequence);
            }
            cores.acquireUninterruptibly(); // no more computations at once than cores
            try {
                long start = System.nanoTime();
                AllocationResult result;
                try {
                    result = baseline.allocate(scenario);
                } catch (AllocationException | IllegalArgumentException | ArithmeticException e) {
                    return failed(sequence, mine, field, e);
                }
                if (overtaken(mine)) {
                    return stale(sequence); // a newer change is waiting: skip the statistics
                }
                long allocated = System.nanoTime();
                ObjectNode figures = Figures.of(result, baseline);
                Timing timing =
                        new Timing(variantMillis, (allocated - start) / 1e6, (System.nanoTime() - allocated) / 1e6);
                ObjectNode fields = fieldValues(scenario);
                synchronized (this) {
                    if (version != mine) {
                        return stale(sequence);
                    }
                    good = new Good(
                            values,
                            scenario,
                            List.copyOf(history),
                            fields,
                            figures,
                            timing,
                            new SoftReference<>(result));
                    return new Reply(Status.OK, body(Status.OK, sequence, null));
                }
            } finally {
                cores.release();
            }
        } finally {
            computing.unlock();
        }
    }

    private synchronized boolean overtaken(long mine) {
        return version != mine;
    }

    private synchronized Reply failed(long sequence, long mine, String field, RuntimeException e) {
        if (version != mine) {
            return stale(sequence);
        }
        values = good.values();
        history.clear();
        history.addAll(good.history());
        version++;
        String message;
        if (e instanceof InputException input) {
            message = describe(input);
        } else if (e instanceof InfeasibleException) {
            message = "infeasible scenario: " + e.getMessage();
        } else {
            message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new Reply(Status.FAILED, body(Status.FAILED, sequence, error(field, message)));
    }

    private synchronized Reply invalid(long sequence, String path, InputException e) {
        // Shown beside the field changed; the message names the key the engine checked.
        return new Reply(Status.INVALID, body(Status.INVALID, sequence, error(path, describe(e))));
    }

    private Reply stale(long sequence) {
        ObjectNode body = NODES.objectNode().put("status", "stale").put("sequence", sequence);
        return new Reply(Status.STALE, body);
    }

    /** The problems one per line, as the command prints them after {@code error: }. */
    private static String describe(InputException e) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : e.problems()) {
            text.append(text.length() == 0 ? "" : "\n").append(problem.describe());
        }
        return text.toString();
    }

    private static ObjectNode error(String field, String message) {
        return NODES.objectNode().put("field", field).put("message", message);
    }

    /** The number {@code text} for the parameter at {@code path}, or a problem naming the field. */
    private BigDecimal number(String path, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            String shown = trimmed.length() > 40 ? trimmed.substring(0, 40) + "..." : trimmed;
            throw new InputException(new Problem(
                    baseline.source(),
                    0,
                    0,
                    path,
                    "",
                    "'" + shown + "' is not a number.",
                    "Write a number with a point for decimals and no exponent, e.g. 1.25 or 3000."));
        }
        return new BigDecimal(trimmed);
    }

    private ObjectNode fieldValues(Scenario scenario) {
        ObjectNode node = NODES.objectNode();
        baseline.form().values(scenario).forEach(node::put);
        return node;
    }

    /** The reply to a request: the last good state (values, history, figures), and an error if any. */
    private ObjectNode body(Status status, long sequence, ObjectNode error) {
        ObjectNode body = NODES.objectNode();
        body.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        body.put("session", id);
        body.put("sequence", sequence);
        if (error != null) {
            body.set("error", error);
        }
        body.set("values", good.fields());
        ArrayNode changes = body.putArray("history");
        for (Change change : good.history()) {
            changes.addObject()
                    .put("what", change.what())
                    .put("from", change.from())
                    .put("to", change.to());
        }
        body.put("compute_ms", round(good.timing().compute()));
        body.putObject("timing_ms")
                .put("variant", round(good.timing().variant()))
                .put("allocate", round(good.timing().allocate()))
                .put("figures", round(good.timing().figures()));
        body.set("figures", good.figures());
        return body;
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }

    private void touch() {
        lastUsed = System.nanoTime();
    }
}
