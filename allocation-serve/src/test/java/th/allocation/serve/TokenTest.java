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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.allocation.engine.AllocationEngine;

/**
 * A workbench that requires its access token (as on any address but loopback, here asked for on
 * loopback): nothing is served without it; the address printed carries it, the page then gets it as a
 * cookie for its own files, and the page's requests carry it in a header.
 */
class TokenTest {
    private static Workbench workbench;
    private static String token;
    private static final List<Throwable> ERRORS = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        workbench = Workbench.start(
                AllocationEngine.load(WorkbenchTest.SCENARIO),
                WorkbenchOptions.defaults().withPort(0).withRequireToken(true),
                ERRORS::add);
        token = workbench.token().orElseThrow();
    }

    @AfterAll
    static void stop() {
        workbench.close();
        assertEquals(List.of(), ERRORS);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + workbench.port() + path));
    }

    @Test
    void theAddressPrinted_carriesTheToken_andOpensThePage() throws Exception {
        assertEquals(
                "http://127.0.0.1:" + workbench.port() + "/?token=" + token,
                workbench.address().toString());
        HttpResponse<String> page = send(HttpRequest.newBuilder(workbench.address()));
        assertEquals(200, page.statusCode());
        String cookie = page.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith(Guard.TOKEN_COOKIE + "=" + token + ";") && cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void withoutTheToken_nothingIsServed() throws Exception {
        for (String path : List.of("/", "/assets/app.js", "/api/allocations.csv?session=x", "/?token=wrong")) {
            HttpResponse<String> response = send(get(path));
            assertEquals(403, response.statusCode(), path);
            assertTrue(response.body().contains("access token"), response.body());
        }
        HttpResponse<String> post = send(get("/api/session")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(403, post.statusCode());
    }

    @Test
    void theCookie_theHeader_orTheQuery_carryTheToken() throws Exception {
        assertEquals(
                200,
                send(get("/assets/app.js").header("Cookie", Guard.TOKEN_COOKIE + "=" + token))
                        .statusCode());
        HttpResponse<String> session = send(get("/api/session")
                .header("Content-Type", "application/json")
                .header(Guard.TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(200, session.statusCode());
        String id = Client.JSON.readTree(session.body()).path("session").asText();
        assertEquals(
                200,
                send(get("/api/allocations.csv?session=" + id + "&token=" + token))
                        .statusCode());
    }
}
