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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;

/**
 * The workbench's HTTP interface: the page and its files, and a small JSON API the page calls. Every
 * answer is JSON or a download; a problem is a message (the engine's own, for a bad value), never a
 * stack trace.
 *
 * <pre>
 * GET  /                       the page (?lang=th|en)
 * GET  /assets/NAME            a file of the page, from a fixed list
 * POST /api/session            {session?}: the tab's session, new or resumed, with the form
 * POST /api/set                {session, sequence, path, value}: one parameter changed
 * POST /api/undo               {session, sequence}: the last change taken back
 * POST /api/reset              {session, sequence}: back to the scenario as loaded
 * GET  /api/scenario.yaml      ?session: the scenario of the figures shown
 * GET  /api/allocations.csv    ?session: their allocations.csv
 * GET  /api/schools            ?session&amp;q: up to 20 schools whose id starts with q or whose name has it
 * GET  /api/school             ?session&amp;id: one school's allocation, exactly explained, and its explanation
 * </pre>
 */
final class Api {
    /** How many schools a search lists. */
    static final int SEARCH_LIMIT = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Baseline baseline;
    private final Sessions sessions;
    private final Assets assets;
    private final WorkbenchOptions options;
    private final Guard guard;
    private final Consumer<Throwable> errors;

    Api(
            Baseline baseline,
            Sessions sessions,
            Assets assets,
            WorkbenchOptions options,
            Guard guard,
            Consumer<Throwable> errors) {
        this.baseline = baseline;
        this.sessions = sessions;
        this.assets = assets;
        this.options = options;
        this.guard = guard;
        this.errors = errors;
    }

    void routes(JavalinConfig config) {
        config.routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
            guard.check(ctx);
        });
        config.routes.get("/", this::page);
        config.routes.get("/assets/{name}", this::asset);
        config.routes.post("/api/session", this::session);
        config.routes.post("/api/set", ctx -> {
            JsonNode body = body(ctx);
            reply(ctx, session(body).set(sequence(body), text(body, "path"), text(body, "value")));
        });
        config.routes.post("/api/undo", ctx -> {
            JsonNode body = body(ctx);
            reply(ctx, session(body).undo(sequence(body)));
        });
        config.routes.post("/api/reset", ctx -> {
            JsonNode body = body(ctx);
            reply(ctx, session(body).reset(sequence(body)));
        });
        config.routes.get("/api/scenario.yaml", this::scenarioFile);
        config.routes.get("/api/allocations.csv", this::allocations);
        config.routes.get("/api/schools", this::search);
        config.routes.get("/api/school", this::school);
        config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            errors.accept(e);
            problem(
                    ctx,
                    500,
                    "Unexpected error: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                problem(ctx, 404, "Not found.");
            }
        });
    }

    private void page(Context ctx) {
        String language = language(ctx.queryParam("lang"));
        String name = baseline.engine().scenario().name();
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                        + " font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
                        + " form-action 'none'");
        if (guard.token() != null) {
            // The page's own files are fetched by the browser without the header: the cookie carries it.
            ctx.header("Set-Cookie", Guard.TOKEN_COOKIE + "=" + guard.token() + "; Path=/; HttpOnly; SameSite=Strict");
        }
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(assets.page(language, name.isBlank() ? "alloc serve" : name + " · alloc serve"));
    }

    private void asset(Context ctx) {
        Assets.Asset asset =
                assets.get(ctx.pathParam("name")).orElseThrow(() -> new HttpResponseException(404, "Not found."));
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(asset.contentType());
        ctx.result(asset.bytes());
    }

    /** The tab's session: the one it names if still open, else a new one; with the form and the figures. */
    private void session(Context ctx) {
        JsonNode body = body(ctx);
        Session session = sessions.get(body.path("session").asText(null)).orElseGet(sessions::open);
        ObjectNode reply = session.current().body();
        ObjectNode about = reply.putObject("scenario");
        about.put("name", baseline.engine().scenario().name());
        about.put(
                "file",
                fileName(baseline.engine().scenarioFile().map(Path::toString).orElse("scenario")));
        about.put("fiscal_year", baseline.engine().scenario().fiscalYear());
        about.put("rule", baseline.engine().scenario().rule().type());
        about.put(
                "schools_file",
                baseline.engine().schoolsFile().map(p -> fileName(p.toString())).orElse(""));
        reply.put("language", options.language());
        reply.put("search_limit", SEARCH_LIMIT);
        reply.set("form", baseline.form().fields());
        json(ctx, 200, reply);
    }

    private void reply(Context ctx, Session.Reply reply) {
        int status = switch (reply.status()) {
            case OK, STALE -> 200;
            case INVALID, FAILED -> 422;
        };
        json(ctx, status, reply.body());
    }

    private void scenarioFile(Context ctx) {
        Session session = sessionOf(ctx);
        String original =
                fileName(baseline.engine().scenarioFile().map(Path::toString).orElse("scenario.yaml"));
        String schoolsRead =
                fileName(baseline.engine().schoolsFile().map(Path::toString).orElse(""));
        String text = Downloads.yaml(session.scenario(), original, schoolsRead);
        ctx.header("Content-Disposition", "attachment; filename=\"" + stem(original) + "-workbench.yaml\"");
        ctx.contentType("application/yaml; charset=utf-8");
        ctx.result(text);
    }

    private void allocations(Context ctx) {
        AllocationResult result = sessionOf(ctx).result();
        ctx.header("Content-Disposition", "attachment; filename=\"allocations.csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(Downloads.allocations(result));
    }

    private void search(Context ctx) {
        sessionOf(ctx);
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        String lower = query.toLowerCase(Locale.ROOT);
        SchoolTable schools = baseline.engine().schools();
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode found = reply.putArray("schools");
        for (int i = 0; i < schools.size() && !query.isEmpty() && found.size() < SEARCH_LIMIT; i++) {
            if (schools.id(i).startsWith(query)
                    || schools.name(i).toLowerCase(Locale.ROOT).contains(lower)) {
                found.addObject()
                        .put("school_id", schools.id(i))
                        .put("name", schools.name(i))
                        .put("province", schools.province().value(i));
            }
        }
        json(ctx, 200, reply);
    }

    private void school(Context ctx) {
        Session session = sessionOf(ctx);
        AllocationResult result = session.result();
        int i = result.schools()
                .indexOf(Optional.ofNullable(ctx.queryParam("id")).orElse(""));
        if (i < 0) {
            throw new HttpResponseException(404, "No school with this id.");
        }
        ObjectNode reply = SchoolBreakdown.of(result, i, baseline.allocation(i));
        Optional<List<String>> words = options.explainer().explain(result, i, language(ctx.queryParam("lang")));
        ObjectNode explanation = reply.putObject("explanation");
        explanation.put("available", words.isPresent());
        words.ifPresent(paragraphs -> paragraphs.forEach(explanation.putArray("paragraphs")::add));
        json(ctx, 200, reply);
    }

    private Session sessionOf(Context ctx) {
        return sessions.get(ctx.queryParam("session")).orElseThrow(Api::unknownSession);
    }

    private Session session(JsonNode body) {
        return sessions.get(body.path("session").asText(null)).orElseThrow(Api::unknownSession);
    }

    private static HttpResponseException unknownSession() {
        return new HttpResponseException(410, "This tab's session has ended; reload the page.");
    }

    private static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes(); // at most the configured size
        if (bytes.length > Guard.MAX_BODY) {
            throw new HttpResponseException(413, "The request is larger than " + Guard.MAX_BODY + " bytes.");
        }
        try {
            JsonNode node = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new HttpResponseException(400, "The request is not a JSON object.");
            }
            return node;
        } catch (java.io.IOException e) {
            throw new HttpResponseException(400, "The request is not valid JSON.");
        }
    }

    private static long sequence(JsonNode body) {
        JsonNode sequence = body.get("sequence");
        if (sequence == null || !sequence.canConvertToLong() || sequence.asLong() < 1) {
            throw new HttpResponseException(400, "The request has no sequence number.");
        }
        return sequence.asLong();
    }

    private static String text(JsonNode body, String key) {
        JsonNode value = body.get(key);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            throw new HttpResponseException(400, "The request has no '" + key + "'.");
        }
        return value.asText();
    }

    private String language(String requested) {
        return "th".equals(requested) || "en".equals(requested) ? requested : options.language();
    }

    private static void problem(Context ctx, int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("status", "error");
        body.putObject("error").put("message", message);
        json(ctx, status, body);
    }

    private static void json(Context ctx, int status, ObjectNode body) {
        try {
            ctx.status(status);
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a reply as JSON.", e);
        }
    }

    private static String fileName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
