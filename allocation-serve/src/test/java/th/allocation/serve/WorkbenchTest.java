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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.codec.ScenarioCodec;
import th.allocation.engine.AllocationEngine;
import th.allocation.input.ScenarioReader;
import th.allocation.output.AllocationWriter;
import th.allocation.result.AllocationResult;
import th.allocation.result.GroupSummary;
import th.allocation.result.Grouping;
import th.allocation.result.PerPupilSample;

/**
 * The workbench on the hand-worked example (examples/small, 13 schools), through its HTTP API as the
 * page uses it: every figure is compared with what the engine itself gives for the same parameters.
 */
class WorkbenchTest {
    static final Path SCENARIO = Path.of("..", "examples", "small", "needs-weighted.yaml");
    static final String REMOTE = "rule.weights.remote";

    private static AllocationEngine engine;
    private static Workbench workbench;
    private static final List<Throwable> ERRORS = new ArrayList<>();

    @BeforeAll
    static void start() {
        engine = AllocationEngine.load(SCENARIO);
        workbench = Workbench.start(engine, WorkbenchOptions.defaults().withPort(0), ERRORS::add);
    }

    @AfterAll
    static void stop() {
        workbench.close();
        assertEquals(List.of(), ERRORS, "no unexpected error while serving");
    }

    private static Client client() {
        Client client = new Client(workbench.address());
        client.open();
        return client;
    }

    @Test
    void session_hasTheScenariosParametersAsAForm_andTheFiguresOfTheScenarioAsLoaded() {
        Client.Reply reply = new Client(workbench.address()).open();
        assertEquals(200, reply.status());
        List<String> paths = new ArrayList<>();
        reply.body().path("form").forEach(field -> paths.add(field.path("path").asText()));
        assertTrue(
                paths.contains(REMOTE) && paths.contains("rule.loadings.poor") && paths.contains("budget"),
                paths::toString);
        JsonNode remote = field(reply.body(), REMOTE);
        assertEquals("1.2", remote.path("value").asText());
        assertEquals("1", remote.path("slider").path("min").asText());
        assertEquals("15905052.00", reply.body().at("/figures/total").asText());
        assertEquals(
                "1.2", reply.body().at("/values/" + REMOTE.replace("/", "~1")).asText());
        assertEquals(0, reply.body().at("/figures/winners/gaining").asInt());
    }

    @Test
    void aChange_givesTheFiguresTheEngineGivesWithThatParameter() {
        Client client = client();
        Client.Reply reply = client.set(REMOTE, "1.5");
        assertEquals("ok", reply.status("status"), reply.body()::toString);
        AllocationResult expected =
                engine.withParameter(REMOTE, new BigDecimal("1.5")).allocate();
        JsonNode figures = reply.body().path("figures");
        assertEquals(Figures.baht(expected.total()), figures.path("total").asText());
        List<GroupSummary> areas = GroupSummary.of(expected, Grouping.AREA_TYPE);
        JsonNode shown = figures.path("groups").path("area_type");
        assertEquals(areas.size(), shown.size());
        for (int k = 0; k < areas.size(); k++) {
            assertEquals(areas.get(k).group(), shown.get(k).path("group").asText());
            assertEquals(
                    areas.get(k).perPupil().orElseThrow().toPlainString(),
                    shown.get(k).path("per_pupil").asText());
        }
        double gini = PerPupilSample.of(expected).statistics(1.0).gini();
        assertEquals(
                String.format(Locale.ROOT, "%.4f", gini),
                equity(figures, "gini").path("value").asText());
        assertEquals("1.5", reply.body().path("values").path(REMOTE).asText());
        assertEquals(1, reply.body().path("history").size());
        assertEquals("1.2", reply.body().path("history").get(0).path("from").asText());
    }

    @Test
    void aBadValue_isRefusedWithTheEnginesMessage_besideItsField_andChangesNothing() {
        Client client = client();
        Client.Reply reply = client.set(REMOTE, "0.5");
        assertEquals(422, reply.status());
        assertEquals("invalid", reply.status("status"));
        assertEquals(REMOTE, reply.body().at("/error/field").asText());
        String expected;
        try {
            engine.withParameter(REMOTE, new BigDecimal("0.5"));
            throw new AssertionError("The engine accepted a remote weight of 0.5.");
        } catch (InputException e) {
            expected = e.problems().get(0).describe();
        }
        assertEquals(expected, reply.body().at("/error/message").asText());
        assertTrue(expected.contains("0.5") && expected.startsWith(SCENARIO.toString()), expected);
        assertEquals("1.2", reply.body().path("values").path(REMOTE).asText());
        assertEquals(0, reply.body().path("history").size());
    }

    @Test
    void notANumber_isRefused_andNothingIsComputedFromIt() {
        Client client = client();
        for (String text : List.of("abc", "1e999999999", "", "NaN", "1,5", "12345678901234567890123")) {
            Client.Reply reply = client.set(REMOTE, text);
            assertEquals("invalid", reply.status("status"), text);
            assertTrue(reply.body().at("/error/message").asText().contains("is not a number"), reply.body()::toString);
        }
        Client.Reply unknown = client.set("rule.weights.remot", "1.5");
        assertEquals("invalid", unknown.status("status"));
        assertTrue(unknown.body().at("/error/message").asText().contains("Did you mean '" + REMOTE + "'"));
    }

    @Test
    void anInfeasibleChange_keepsTheLastGoodResult_andItsValues() {
        Client client = client();
        JsonNode good = client.set(REMOTE, "1.5").body();
        Client.Reply reply = client.set("floors.min_per_pupil", "900000");
        assertEquals(422, reply.status());
        assertEquals("failed", reply.status("status"));
        assertTrue(reply.body().at("/error/message").asText().startsWith("infeasible scenario: "));
        assertEquals("floors.min_per_pupil", reply.body().at("/error/field").asText());
        assertEquals(good.path("figures"), reply.body().path("figures"));
        assertEquals(good.path("values"), reply.body().path("values"));
        assertEquals(good.path("history"), reply.body().path("history"));
        assertEquals("ok", client.set(REMOTE, "1.6").status("status"), "the session goes on");
    }

    @Test
    void undo_takesBackTheLastChange_andResetGoesBackToTheScenarioAsLoaded() {
        Client client = client();
        JsonNode loaded = client.current().body().path("figures");
        JsonNode first = client.set(REMOTE, "1.5").body().path("figures");
        client.set("rule.lump_sum", "30000");
        Client.Reply undone = client.undo();
        assertEquals(first, undone.body().path("figures"));
        assertEquals(1, undone.body().path("history").size());
        Client.Reply reset = client.reset();
        assertEquals(loaded, reset.body().path("figures"));
        assertEquals("reset", reset.body().path("history").get(1).path("what").asText());
        assertEquals(first, client.undo().body().path("figures"), "a reset is undone like any change");
    }

    @Test
    void anOlderRequest_isStale_andChangesNothing() {
        Client client = client();
        assertEquals("ok", client.set(10, REMOTE, "1.5").status("status"));
        Client.Reply older = client.set(9, REMOTE, "1.9");
        assertEquals("stale", older.status("status"));
        assertEquals("1.5", client.current().body().path("values").path(REMOTE).asText());
    }

    @Test
    void twoTabs_keepTheirOwnState() {
        Client first = client();
        Client second = client();
        first.set(REMOTE, "1.5");
        second.set(REMOTE, "1.7");
        assertEquals("1.5", first.current().body().path("values").path(REMOTE).asText());
        assertEquals("1.7", second.current().body().path("values").path(REMOTE).asText());
        assertNotEquals(first.session(), second.session());
    }

    @Test
    void changesOverlappingFromOneTab_theNewestWins() throws Exception {
        Client client = client();
        int changes = 12;
        ExecutorService pool = Executors.newFixedThreadPool(changes);
        try {
            List<Future<Client.Reply>> replies = new ArrayList<>();
            for (int k = 1; k <= changes; k++) {
                long sequence = k;
                String value = "1." + (10 + k);
                replies.add(pool.submit(() -> client.set(sequence, REMOTE, value)));
            }
            for (Future<Client.Reply> reply : replies) {
                String status = reply.get().status("status");
                assertTrue(status.equals("ok") || status.equals("stale"), status);
            }
            assertEquals("ok", replies.get(changes - 1).get().status("status"), "the newest is computed");
        } finally {
            pool.shutdownNow();
        }
        JsonNode current = client.current().body();
        assertEquals("1." + (10 + changes), current.path("values").path(REMOTE).asText());
        AllocationResult expected = engine.withParameter(REMOTE, new BigDecimal("1." + (10 + changes)))
                .allocate();
        assertEquals(
                GroupSummary.of(expected, Grouping.AREA_TYPE)
                        .get(0)
                        .perPupil()
                        .orElseThrow()
                        .toPlainString(),
                current.at("/figures/groups/area_type/0/per_pupil").asText());
    }

    @Test
    void theSavedScenario_readsBackAsTheScenarioOfTheFigures_andTheCsvIsTheRunsFile(@TempDir Path folder)
            throws IOException {
        Client client = client();
        client.set(REMOTE, "1.35");
        client.set("rule.loadings.poor", "4500");
        String yaml =
                client.get("/api/scenario.yaml?session=" + client.session()).body();
        AllocationEngine expected = engine.withParameter(REMOTE, new BigDecimal("1.35"))
                .withParameter("rule.loadings.poor", new BigDecimal("4500"));
        assertEquals(
                ScenarioCodec.toTree(expected.scenario()),
                ScenarioCodec.toTree(ScenarioReader.parse(yaml, "saved.yaml")));
        assertTrue(yaml.startsWith("# Saved by alloc serve from needs-weighted.yaml"), yaml);

        byte[] csv =
                client.bytes("/api/allocations.csv?session=" + client.session()).body();
        Path written = folder.resolve("allocations.csv");
        AllocationWriter.writeAllocations(expected.allocate(), written);
        assertArrayEquals(Files.readAllBytes(written), csv);
    }

    @Test
    void theWinnersAndLosers_areThoseAComparisonCounts() {
        Client client = client();
        JsonNode winners = client.set(REMOTE, "1.8").body().at("/figures/winners");
        var comparison = th.allocation.compare.Comparison.of(
                List.of("loaded", "changed"),
                List.of(
                        engine.allocate(),
                        engine.withParameter(REMOTE, new BigDecimal("1.8")).allocate()));
        var all = comparison.winnersLosers(1);
        assertEquals(all.gaining(), winners.path("gaining").asLong());
        assertEquals(all.losing(), winners.path("losing").asLong());
        assertEquals(all.unchanged(), winners.path("unchanged").asLong());
        assertEquals(Figures.baht(all.gained()), winners.path("gained").asText());
        assertEquals(Figures.baht(all.lost()), winners.path("lost").asText());
        var byArea = comparison.winnersLosers(1, Grouping.AREA_TYPE);
        for (int k = 0; k < byArea.size(); k++) {
            assertEquals(
                    byArea.get(k).group(),
                    winners.path("area_type").get(k).path("group").asText());
            assertEquals(
                    byArea.get(k).gaining(),
                    winners.path("area_type").get(k).path("gaining").asLong());
            assertEquals(
                    Figures.baht(byArea.get(k).net()),
                    winners.path("area_type").get(k).path("net").asText());
        }
        assertFalse(winners.path("largest_gains").isEmpty());
    }

    @Test
    void aSchool_isExplainedToTheSatang_andTheExplanationInWordsIsSaidToBeUnavailable() {
        Client client = client();
        client.set(REMOTE, "1.5");
        AllocationResult expected =
                engine.withParameter(REMOTE, new BigDecimal("1.5")).allocate();
        String id = expected.schools().id(3);
        JsonNode school = Client.JSON.createObjectNode();
        try {
            school = Client.JSON.readTree(client.get("/api/school?session=" + client.session() + "&id=" + id)
                    .body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(
                Figures.baht(expected.allocation(3)), school.path("allocation").asText());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode part : school.path("parts")) {
            sum = sum.add(new BigDecimal(part.path("amount").asText()));
        }
        assertEquals(new BigDecimal(school.path("allocation").asText()), sum, "the parts add up");
        assertFalse(school.at("/explanation/available").asBoolean());
        String found = client.get("/api/schools?session=" + client.session() + "&q=" + id)
                .body();
        assertTrue(found.contains(id), found);
    }

    static JsonNode field(JsonNode session, String path) {
        for (JsonNode field : session.path("form")) {
            if (field.path("path").asText().equals(path)) {
                return field;
            }
        }
        throw new AssertionError("No field " + path);
    }

    static JsonNode equity(JsonNode figures, String key) {
        for (JsonNode row : figures.path("equity")) {
            if (row.path("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("No statistic " + key);
    }
}
