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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.allocation.engine.AllocationEngine;

/**
 * The workbench over HTTP refuses what it must: requests naming another host or coming from another
 * site's page, bodies that are not JSON or too large, files not on its list, sessions it does not know;
 * every refusal is a one-line message, never a stack trace.
 */
class SafetyTest {
    private static Workbench workbench;
    private static final List<Throwable> ERRORS = new ArrayList<>();

    @BeforeAll
    static void start() {
        workbench = Workbench.start(
                AllocationEngine.load(WorkbenchTest.SCENARIO),
                WorkbenchOptions.defaults().withPort(0),
                ERRORS::add);
    }

    @AfterAll
    static void stop() {
        workbench.close();
        assertEquals(List.of(), ERRORS);
    }

    private static Client client() {
        return new Client(workbench.address());
    }

    private static String host() {
        return "127.0.0.1:" + workbench.port();
    }

    @Test
    void theAddress_isLoopback_withoutAToken() {
        assertEquals(
                "http://127.0.0.1:" + workbench.port() + "/",
                workbench.address().toString());
        assertTrue(workbench.token().isEmpty());
    }

    @Test
    void thePage_isServedInEitherLanguage_withAStrictContentSecurityPolicy() {
        HttpResponse<String> page = client().get("/?lang=th");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"th\">"), page.body());
        assertTrue(
                page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(client().get("/?lang=xx").body().contains("<html lang=\"en\">"));
        java.util.regex.Matcher asset = java.util.regex.Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"")
                .matcher(page.body());
        int assets = 0;
        while (asset.find()) {
            assertEquals(200, client().get(asset.group(1)).statusCode(), asset.group(1));
            assets++;
        }
        assertEquals(10, assets, "a style sheet, six scripts of its own and three of the report's");
        assertEquals(200, client().get("/assets/Waree.ttf").statusCode());
        assertEquals(200, client().get("/assets/LICENSE-Waree.txt").statusCode());
    }

    @Test
    void onlyTheListedFiles_areServed_noPathReachesTheFileSystem() {
        for (String path : List.of(
                "/assets/index.html",
                "/assets/..%2F..%2Fpom.xml",
                "/assets/%2e%2e/Workbench.class",
                "/assets/..%5c..%5cpom.xml",
                "/assets/web%2Fapp.js",
                "/pom.xml",
                "/th/allocation/serve/web/app.js")) {
            HttpResponse<String> response = client().get(path);
            assertTrue(
                    response.statusCode() == 404 || response.statusCode() == 400, path + " " + response.statusCode());
            assertFalse(response.body().contains("<project"), path);
        }
        String raw =
                client().raw("GET /assets/../../pom.xml HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
        assertFalse(raw.startsWith("HTTP/1.1 200"), raw);
        assertFalse(raw.contains("<project"), raw);
    }

    @Test
    void anotherHost_orAnotherSitesPage_isRefused() {
        String foreign = client().raw("GET / HTTP/1.1\r\nHost: attacker.example:" + workbench.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(foreign.startsWith("HTTP/1.1 403"), foreign);
        String body = "{}";
        String crossSite = client().raw("POST /api/session HTTP/1.1\r\nHost: " + host()
                + "\r\nOrigin: http://attacker.example\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(crossSite.startsWith("HTTP/1.1 403"), crossSite);
    }

    /**
     * A client still sending a body too large reads the refusal, not a reset connection: the server
     * reads and drops a refused body of moderate size before it answers, where closing with the
     * body unread would reset the connection under the client (a race that once failed
     * {@link #bodies_mustBeSmallJson}).
     */
    @Test
    void aBodyTooLarge_getsItsRefusal_whileTheClientIsStillSendingIt() {
        Client client = client();
        String body = "{\"x\":\"" + "a".repeat(64 * Guard.MAX_BODY) + "\"}";
        for (int attempt = 0; attempt < 20; attempt++) {
            Client.Reply large =
                    client.send(HttpRequest.newBuilder(workbench.address().resolve("/api/session"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build());
            assertEquals(413, large.status(), "attempt " + attempt);
        }
    }

    @Test
    void bodies_mustBeSmallJson() {
        Client client = client();
        Client.Reply plain =
                client.send(HttpRequest.newBuilder(workbench.address().resolve("/api/session"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build());
        assertEquals(415, plain.status());
        Client.Reply large =
                client.send(HttpRequest.newBuilder(workbench.address().resolve("/api/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(Guard.MAX_BODY) + "\"}"))
                        .build());
        assertEquals(413, large.status());
        String chunked = client.raw("POST /api/session HTTP/1.1\r\nHost: " + host()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(Guard.MAX_BODY + 10) + "\r\n" + " ".repeat(Guard.MAX_BODY + 10)
                + "\r\n0\r\n\r\n");
        assertTrue(
                chunked.startsWith("HTTP/1.1 413"), chunked.lines().findFirst().orElse(""));
        Client.Reply broken =
                client.send(HttpRequest.newBuilder(workbench.address().resolve("/api/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"session\": "))
                        .build());
        assertEquals(400, broken.status());
        assertEquals(
                "The request is not valid JSON.",
                broken.body().at("/error/message").asText());
    }

    @Test
    void anUnknownSession_orAMalformedChange_getsAMessage_notAStackTrace() {
        Client client = client();
        client.open();
        Client.Reply unknown = client.post(
                "/api/set",
                Client.JSON
                        .createObjectNode()
                        .put("session", "nope")
                        .put("sequence", 1)
                        .put("path", "budget")
                        .put("value", "1"));
        assertEquals(410, unknown.status());
        assertTrue(unknown.body().at("/error/message").asText().contains("reload the page"));
        Client.Reply noSequence = client.post(
                "/api/set",
                Client.JSON.createObjectNode().put("session", client.session()).put("path", "budget"));
        assertEquals(400, noSequence.status());
        for (Client.Reply reply : List.of(unknown, noSequence)) {
            assertFalse(reply.body().toString().contains("at th.allocation"), reply.body()::toString);
            assertFalse(reply.body().toString().contains("Exception"), reply.body()::toString);
        }
        assertEquals(410, client.get("/api/allocations.csv?session=nope").statusCode());
        assertEquals(
                404,
                client.get("/api/school?session=" + client.session() + "&id=nope")
                        .statusCode());
    }
}
