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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import th.allocation.engine.AllocationEngine;
import th.allocation.result.AllocationResult;

/**
 * The live workbench: a local web page on which a scenario's parameters can be changed and the
 * allocation follows each change at once, with its total, bounds, amounts per pupil by area type,
 * cluster and province, equity against the scenario as loaded, and who gains and who loses.
 *
 * <pre>{@code
 * try (Workbench workbench = Workbench.start(AllocationEngine.load(Path.of("needs-weighted.yaml")),
 *         WorkbenchOptions.defaults(), Throwable::printStackTrace)) {
 *     System.out.println("Open " + workbench.address());
 *     workbench.awaitClose();
 * }
 * }</pre>
 *
 * <p>It uses the engine's public API only: {@link AllocationEngine} to allocate each variant,
 * {@link th.allocation.parameters.ScenarioParameters} to name and check the parameters, the result
 * types and {@link th.allocation.stats} for the figures, and the engine's writers for the downloads.
 * The school table is read once, at start, and shared by every computation.
 */
public final class Workbench implements AutoCloseable {
    private final Javalin server;
    private final Guard guard;
    private final String host;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Workbench(Javalin server, Guard guard, String host) {
        this.server = server;
        this.guard = guard;
        this.host = host;
    }

    /**
     * Reads the engine's school table, allocates its scenario (the baseline of every comparison) and
     * starts serving the page.
     *
     * @param errors told of every unexpected error while serving (the page gets a one-line message)
     * @throws th.allocation.InputException if the school file or the scenario has problems
     * @throws th.allocation.InfeasibleException if the scenario as loaded cannot be allocated
     * @throws IllegalStateException if the server cannot listen on the address and port (in use, say)
     */
    public static Workbench start(AllocationEngine engine, WorkbenchOptions options, Consumer<Throwable> errors) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(errors, "errors");
        Guard guard = Guard.forHost(options.host(), options.requireToken());
        engine.schools(); // the school file's problems first, as the command reports them
        AllocationResult initial = engine.allocate();
        Baseline baseline = new Baseline(engine, initial, options.atkinsonEpsilon());
        ObjectNode figures = Figures.of(initial, baseline);
        int computations = Math.max(1, Runtime.getRuntime().availableProcessors());
        Sessions sessions = new Sessions(baseline, computations, initial, figures);
        Api api = new Api(baseline, sessions, Assets.load(), options, guard, errors);
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = Guard.MAX_BODY;
            api.routes(config);
        });
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new IllegalStateException(
                    "Cannot listen on " + options.host() + ":" + options.port() + " (" + e.getMessage()
                            + "). Maybe another program uses the port: choose another with --port.",
                    e);
        }
        guard.port(server.port());
        return new Workbench(server, guard, options.host());
    }

    /**
     * The address to open: {@code http://127.0.0.1:PORT/}, with {@code ?token=...} when the
     * workbench requires its access token.
     */
    public URI address() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        String query = guard.token() == null ? "" : "?token=" + guard.token();
        return URI.create("http://" + shown + ":" + server.port() + "/" + query);
    }

    /** The port listened on. */
    public int port() {
        return server.port();
    }

    /** The access token every request must carry, when the workbench requires one. */
    public Optional<String> token() {
        return Optional.ofNullable(guard.token());
    }

    /** Waits until {@link #close()} is called, from another thread (a shutdown hook, say). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops serving: open requests are ended and the port is released. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            closed.countDown();
        }
    }
}
