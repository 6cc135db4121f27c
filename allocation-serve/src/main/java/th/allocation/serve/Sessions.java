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
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import th.allocation.result.AllocationResult;

/**
 * The sessions of the browser tabs open on the workbench, one per tab, each with its own state. At
 * most {@link #MAX_SESSIONS}: opening one more forgets the one used least recently (its tab starts a
 * new session at its next request), so memory stays bounded whoever connects.
 */
final class Sessions {
    static final int MAX_SESSIONS = 64;

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Baseline baseline;
    private final Semaphore cores;
    private final AllocationResult initial;
    private final ObjectNode initialFigures;

    Sessions(Baseline baseline, int computations, AllocationResult initial, ObjectNode initialFigures) {
        this.baseline = baseline;
        this.cores = new Semaphore(computations, true);
        this.initial = initial;
        this.initialFigures = initialFigures;
    }

    /** A new session, on the scenario as loaded. */
    synchronized Session open() {
        while (byId.size() >= MAX_SESSIONS) {
            byId.values().stream()
                    .min(Comparator.comparingLong(Session::lastUsed))
                    .ifPresent(oldest -> byId.remove(oldest.id()));
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(id, baseline, cores, initial, initialFigures);
        byId.put(id, session);
        return session;
    }

    /** The session {@code id}, if it is open. */
    Optional<Session> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    int size() {
        return byId.size();
    }
}
