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
package th.allocation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A short load test of {@code alloc serve} on the national example: {@link #CLIENTS} clients on this
 * machine, each in its own session, change a parameter, wait for the figures and change again, for a
 * bounded time (10 s, or {@code -Dserve.load.seconds=N} up to 120). Every change must be answered
 * with its figures, none with an error; the latency percentiles are printed, not asserted. One
 * client makes {@link #WARM_UP} changes first, so that the measure is of a server warmed up.
 */
class ServeLoadIT {
    static final int CLIENTS = 20;

    /** Changes made by one client before the clients start. */
    static final int WARM_UP = 30;

    /** Parameters changed, with the range of values drawn for each (within the slider's). */
    private static final List<Object[]> CHANGES = List.of(
            new Object[] {"rule.weights.remote", 1.0, 2.0, 2},
            new Object[] {"rule.weights.area_type.special", 1.0, 2.0, 2},
            new Object[] {"rule.weights.area_type.subdistrict", 1.0, 1.5, 2},
            new Object[] {"rule.loadings.poor", 0.0, 6000.0, 0},
            new Object[] {"rule.lump_sum", 0.0, 40000.0, 0});

    private static final Pattern STATUS = Pattern.compile("^\\{\"status\":\"(\\w+)\"");
    private static final Pattern COMPUTE = Pattern.compile("\"compute_ms\":([0-9.]+)");

    @Test
    void twentyClients_changingParameters_allGetTheirFigures() throws Exception {
        long seconds = Math.min(120, Long.getLong("serve.load.seconds", 10));
        try (ServeProcess server = ServeProcess.start(
                NationalExample.folder(), List.of(), "serve", NationalExample.SCENARIO, "--port", "0")) {
            // One client first, for Java to compile the engine's code: a server serves for long after.
            client(server.address(), Long.MAX_VALUE, -1, WARM_UP);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Tally>> tallies = new ArrayList<>();
            double cpuBefore = server.cpuMillis();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (int c = 0; c < CLIENTS; c++) {
                long seed = c;
                tallies.add(pool.submit(() -> client(server.address(), deadline, seed, Integer.MAX_VALUE)));
            }
            List<Double> latencies = new ArrayList<>();
            List<Double> compute = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (Future<Tally> future : tallies) {
                Tally tally = future.get(seconds + 300, TimeUnit.SECONDS);
                latencies.addAll(tally.latencies);
                compute.addAll(tally.compute);
                errors.addAll(tally.errors);
            }
            pool.shutdown();
            double cpuPerChange = (server.cpuMillis() - cpuBefore) / Math.max(1, latencies.size());
            assertEquals(
                    List.of(),
                    errors.subList(0, Math.min(5, errors.size())),
                    "no error in " + latencies.size() + " changes");
            assertTrue(latencies.size() >= CLIENTS, "every client got figures: " + latencies.size());
            assertTrue(server.process().isAlive(), "the server is still serving");
            System.out.printf(
                    Locale.ROOT,
                    "alloc serve load test, national example, %d clients for %d s: %d changes (%.1f/s), 0 errors;"
                            + " latency p50 %.0f ms, p90 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; server"
                            + " recomputation p50 %.1f ms, p95 %.1f ms; server CPU time per change %.1f ms; load"
                            + " average %s%n",
                    CLIENTS,
                    seconds,
                    latencies.size(),
                    latencies.size() / (double) seconds,
                    ServeIT.percentile(latencies, 50),
                    ServeIT.percentile(latencies, 90),
                    ServeIT.percentile(latencies, 95),
                    ServeIT.percentile(latencies, 99),
                    ServeIT.percentile(latencies, 100),
                    ServeIT.percentile(compute, 50),
                    ServeIT.percentile(compute, 95),
                    cpuPerChange,
                    ServeIT.loadAverage());
        }
    }

    /** What one client saw. */
    private record Tally(List<Double> latencies, List<Double> compute, List<String> errors) {}

    /** Changes until {@code deadline} (System.nanoTime) or {@code changes} changes, whichever comes first. */
    private static Tally client(URI address, long deadline, long seed, int changes)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        String opened = post(http, address, "/api/session", "{}");
        Matcher id = Pattern.compile("\"session\":\"([\\w-]+)\"").matcher(opened);
        if (!id.find()) {
            return new Tally(List.of(), List.of(), List.of("no session: " + opened));
        }
        String session = id.group(1);
        SplittableRandom random = new SplittableRandom(seed);
        List<Double> latencies = new ArrayList<>();
        List<Double> compute = new ArrayList<>();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        for (long sequence = 1; sequence <= changes && System.nanoTime() < deadline; sequence++) {
            Object[] change = CHANGES.get(random.nextInt(CHANGES.size()));
            double low = (Double) change[1];
            double high = (Double) change[2];
            String value = String.format(Locale.ROOT, "%." + change[3] + "f", low + random.nextDouble() * (high - low));
            String body = "{\"session\":\"" + session + "\",\"sequence\":" + sequence + ",\"path\":\"" + change[0]
                    + "\",\"value\":\"" + value + "\"}";
            long start = System.nanoTime();
            String reply = post(http, address, "/api/set", body);
            latencies.add((System.nanoTime() - start) / 1e6);
            Matcher status = STATUS.matcher(reply);
            if (!status.find() || !status.group(1).equals("ok")) {
                errors.add(change[0] + "=" + value + ": " + reply.substring(0, Math.min(300, reply.length())));
                continue;
            }
            Matcher millis = COMPUTE.matcher(reply);
            if (millis.find()) {
                compute.add(Double.parseDouble(millis.group(1)));
            }
        }
        return new Tally(latencies, compute, errors);
    }

    private static String post(HttpClient http, URI address, String path, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(address.resolve(path))
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.body();
    }
}
