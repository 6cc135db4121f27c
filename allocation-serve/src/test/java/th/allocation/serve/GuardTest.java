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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who may use the workbench: the decisions of {@link Guard}, header by header. */
class GuardTest {
    private static final String JSON = "application/json";

    private static Guard loopback() {
        Guard guard = Guard.forHost("127.0.0.1", false);
        guard.port(7070);
        return guard;
    }

    @Test
    void onLoopback_noTokenIsMade_andTheHostMustBeThisMachine() {
        Guard guard = loopback();
        assertNull(guard.token());
        assertNull(guard.refusal("GET", "127.0.0.1:7070", null, null, null, null));
        assertNull(guard.refusal("GET", "localhost:7070", null, null, null, null));
        assertEquals(
                403,
                guard.refusal("GET", "attacker.example:7070", null, null, null, null)
                        .status());
        assertEquals(
                403,
                guard.refusal("GET", "127.0.0.1:7071", null, null, null, null).status());
        assertEquals(403, guard.refusal("GET", null, null, null, null, null).status());
    }

    @Test
    void onAnotherAddress_everyRequestNeedsTheToken() {
        Guard guard = Guard.forHost("0.0.0.0", false);
        guard.port(7070);
        String token = guard.token();
        assertNotNull(token);
        assertTrue(token.length() >= 32, token);
        assertNull(guard.refusal("GET", "192.0.2.7:7070", token, null, null, null));
        assertEquals(
                403,
                guard.refusal("GET", "192.0.2.7:7070", null, null, null, null).status());
        assertEquals(
                403,
                guard.refusal("GET", "192.0.2.7:7070", token + "x", null, null, null)
                        .status());
        assertEquals(
                403,
                guard.refusal("GET", "192.0.2.7:7070", "", null, null, null).status());
        assertTrue(!token.equals(Guard.forHost("0.0.0.0", false).token()), "a new token for every start");
    }

    @Test
    void onLoopback_theTokenCanBeRequiredToo() {
        Guard guard = Guard.forHost("127.0.0.1", true);
        guard.port(7070);
        assertNotNull(guard.token());
        assertNull(guard.refusal("GET", "127.0.0.1:7070", guard.token(), null, null, null));
        assertEquals(
                403,
                guard.refusal("GET", "127.0.0.1:7070", null, null, null, null).status());
        assertEquals(
                403,
                guard.refusal("GET", "attacker.example:7070", guard.token(), null, null, null)
                        .status());
    }

    @Test
    void changes_mustBeJson_fromTheWorkbenchsOwnPage_andSmall() {
        Guard guard = loopback();
        String host = "127.0.0.1:7070";
        assertNull(guard.refusal("POST", host, null, "http://" + host, JSON, "40"));
        assertNull(guard.refusal("POST", host, null, null, JSON + "; charset=utf-8", "40"));
        assertEquals(
                415, guard.refusal("POST", host, null, null, "text/plain", "40").status());
        assertEquals(415, guard.refusal("POST", host, null, null, null, "40").status());
        assertEquals(
                403,
                guard.refusal("POST", host, null, "http://attacker.example", JSON, "40")
                        .status());
        assertEquals(403, guard.refusal("POST", host, null, "null", JSON, "40").status());
        assertEquals(
                413,
                guard.refusal("POST", host, null, null, JSON, "" + (Guard.MAX_BODY + 1))
                        .status());
        assertEquals(
                413,
                guard.refusal("POST", host, null, null, JSON, "99999999999999999999")
                        .status());
        assertEquals(400, guard.refusal("POST", host, null, null, JSON, "-1").status());
    }
}
