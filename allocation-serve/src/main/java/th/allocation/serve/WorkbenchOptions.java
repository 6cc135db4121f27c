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

import java.util.Objects;
import th.allocation.stats.EquityStatistics;

/**
 * How the workbench is served: the address and port it listens on, the page's default language, the
 * Atkinson index's inequality aversion and the explanation of a school. Immutable; the
 * {@code with...} methods return changed copies.
 *
 * @param host the address to listen on: {@code 127.0.0.1} (the default) serves this machine only; any
 *     other address requires the access token the workbench makes at start
 * @param port the port, or 0 for any free one
 * @param language the page's default language, {@code en} or {@code th}
 * @param atkinsonEpsilon the Atkinson index's inequality aversion (finite, at least 0)
 * @param explainer explains a school's allocation in words; {@link SchoolExplainer#NONE} if nothing does yet
 * @param requireToken whether to require the access token on a loopback address too (on a machine
 *     other users share); it is always required on any other address
 */
public record WorkbenchOptions(
        String host,
        int port,
        String language,
        double atkinsonEpsilon,
        SchoolExplainer explainer,
        boolean requireToken) {

    /** The port of {@link #defaults()}. */
    public static final int DEFAULT_PORT = 7070;

    /** Validates every option. */
    public WorkbenchOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(explainer, "explainer");
        if (host.isBlank()) {
            throw new IllegalArgumentException("The address to listen on is empty; e.g. 127.0.0.1.");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port (" + port + ") must be between 0 and 65535.");
        }
        if (!language.equals("en") && !language.equals("th")) {
            throw new IllegalArgumentException("The language (" + language + ") must be en or th.");
        }
        if (!(atkinsonEpsilon >= 0 && atkinsonEpsilon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "The Atkinson inequality aversion (" + atkinsonEpsilon + ") must be finite and at least 0.");
        }
    }

    /**
     * 127.0.0.1, port {@value #DEFAULT_PORT}, English, Atkinson epsilon 1, no explanation in words, no
     * token on 127.0.0.1.
     */
    public static WorkbenchOptions defaults() {
        return new WorkbenchOptions(
                "127.0.0.1",
                DEFAULT_PORT,
                "en",
                EquityStatistics.DEFAULT_ATKINSON_EPSILON,
                SchoolExplainer.NONE,
                false);
    }

    /** These options with another address to listen on. */
    public WorkbenchOptions withHost(String host) {
        return new WorkbenchOptions(host, port, language, atkinsonEpsilon, explainer, requireToken);
    }

    /** These options with another port (0: any free one). */
    public WorkbenchOptions withPort(int port) {
        return new WorkbenchOptions(host, port, language, atkinsonEpsilon, explainer, requireToken);
    }

    /** These options with another default language, {@code en} or {@code th}. */
    public WorkbenchOptions withLanguage(String language) {
        return new WorkbenchOptions(host, port, language, atkinsonEpsilon, explainer, requireToken);
    }

    /** These options with another inequality aversion for the Atkinson index. */
    public WorkbenchOptions withAtkinsonEpsilon(double atkinsonEpsilon) {
        return new WorkbenchOptions(host, port, language, atkinsonEpsilon, explainer, requireToken);
    }

    /** These options requiring the access token on a loopback address too, or not. */
    public WorkbenchOptions withRequireToken(boolean requireToken) {
        return new WorkbenchOptions(host, port, language, atkinsonEpsilon, explainer, requireToken);
    }

    /** These options with an explanation of a school in words. */
    public WorkbenchOptions withExplainer(SchoolExplainer explainer) {
        return new WorkbenchOptions(host, port, language, atkinsonEpsilon, explainer, requireToken);
    }
}
