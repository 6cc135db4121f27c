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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A client of a workbench's HTTP API, as the page uses it, for tests. */
final class Client {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI address;
    private String session;
    private long sequence;

    /** A reply: its HTTP status and JSON body. */
    record Reply(int status, JsonNode body) {
        String status(String key) {
            return body.path(key).asText();
        }
    }

    Client(URI address) {
        this.address = address;
    }

    /** Opens a session, as the page does when it loads. */
    Reply open() {
        Reply reply = post("/api/session", JSON.createObjectNode());
        session = reply.body().path("session").asText();
        return reply;
    }

    String session() {
        return session;
    }

    Reply set(String path, String value) {
        return post("/api/set", change().put("path", path).put("value", value));
    }

    /** Sets with an explicit sequence number. */
    Reply set(long sequence, String path, String value) {
        return post(
                "/api/set",
                JSON.createObjectNode()
                        .put("session", session)
                        .put("sequence", sequence)
                        .put("path", path)
                        .put("value", value));
    }

    Reply undo() {
        return post("/api/undo", change());
    }

    Reply reset() {
        return post("/api/reset", change());
    }

    /** The session as it stands. */
    Reply current() {
        return post("/api/session", JSON.createObjectNode().put("session", session));
    }

    private ObjectNode change() {
        return JSON.createObjectNode().put("session", session).put("sequence", ++sequence);
    }

    Reply post(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(address.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** A GET, the body as text. */
    HttpResponse<String> get(String pathAndQuery) {
        try {
            return http.send(
                    HttpRequest.newBuilder(address.resolve(pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A GET, the body as bytes. */
    HttpResponse<byte[]> bytes(String pathAndQuery) {
        try {
            return http.send(
                    HttpRequest.newBuilder(address.resolve(pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Sends {@code request} (the whole HTTP/1.1 request, headers the client library would not let a test
     * set) over a plain socket and returns the response's status line and body.
     */
    String raw(String request) {
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
