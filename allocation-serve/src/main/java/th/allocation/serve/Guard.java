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

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Who may use the workbench. On a loopback address only this machine can connect, and a request must
 * name this machine in its {@code Host} header (so that a web page elsewhere cannot reach the
 * workbench through a DNS name of its own). On any other address, or when asked, every request must
 * carry the access token made at start: in the {@code X-Alloc-Token} header, the {@code token} query
 * parameter (the address printed has it), or the cookie the page gets when opened with it.
 * Changes (POST) must be JSON, and a request with an {@code Origin} must come from the workbench's own
 * page, so another site's page cannot post to it; bodies are limited to {@link #MAX_BODY} bytes.
 */
final class Guard {
    /** The largest request body accepted, in bytes: a change is a few dozen. */
    static final int MAX_BODY = 16 * 1024;

    /**
     * The largest refused body read and dropped before the refusal is sent. A server that answers and
     * closes with the body unread resets the connection under a client still sending it, and the
     * client then sees a broken connection instead of the 413; a larger body is not read, and its
     * client may see that.
     */
    static final int MAX_DRAINED = 4 * 1024 * 1024;

    static final String TOKEN_HEADER = "X-Alloc-Token";

    /** The cookie that carries the token for the page's own files, set when the page is opened. */
    static final String TOKEN_COOKIE = "alloc_token";

    private final boolean loopback;
    private final String token;
    private int port;

    Guard(boolean loopback, String token) {
        this.loopback = loopback;
        this.token = token;
    }

    /**
     * The guard for a server listening on {@code host}: a new random token unless {@code host} is a
     * loopback address and {@code requireToken} is false.
     *
     * @throws IllegalArgumentException if {@code host} is not an address of this machine's form
     */
    static Guard forHost(String host, boolean requireToken) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown address to listen on: " + host + ".", e);
        }
        if (loopback && !requireToken) {
            return new Guard(true, null);
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new Guard(loopback, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The access token, or null when none is required. */
    String token() {
        return token;
    }

    /** The port listened on, known once the server has started. */
    void port(int port) {
        this.port = port;
    }

    /** Why a request is refused: the HTTP status and a message for the page. */
    record Refusal(int status, String message) {}

    /** Refuses the request unless it may be served. */
    void check(Context ctx) {
        Refusal refusal = refusal(
                ctx.method().name(),
                ctx.header("Host"),
                token(ctx),
                ctx.header("Origin"),
                ctx.contentType(),
                ctx.header("Content-Length"));
        if (refusal != null) {
            if (refusal.status() == 413) {
                drain(ctx);
            }
            throw new HttpResponseException(refusal.status(), refusal.message());
        }
    }

    /** Reads and drops the body of a request refused for its size, if it says it is at most {@link #MAX_DRAINED}. */
    private static void drain(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length == null || length.length() > 9 || Long.parseLong(length) > MAX_DRAINED) {
            return;
        }
        try {
            InputStream body = ctx.bodyInputStream();
            byte[] buffer = new byte[8192];
            while (body.read(buffer) >= 0) {
                // dropped
            }
        } catch (IOException e) {
            // The client went away: nothing to answer.
        }
    }

    /** The token a request carries: in its header, its query or its cookie, in that order. */
    private static String token(Context ctx) {
        if (ctx.header(TOKEN_HEADER) != null) {
            return ctx.header(TOKEN_HEADER);
        }
        return ctx.queryParam("token") != null ? ctx.queryParam("token") : ctx.cookie(TOKEN_COOKIE);
    }

    /**
     * Why a request with these headers is refused, or null if it may be served.
     *
     * @param token the access token the request carries (header or query parameter), or null
     */
    Refusal refusal(String method, String host, String token, String origin, String contentType, String contentLength) {
        if (loopback && (host == null || !allowedHosts().contains(host.toLowerCase(Locale.ROOT)))) {
            return new Refusal(403, "This workbench answers to http://127.0.0.1:" + port + "/ only.");
        }
        if (this.token != null
                && (token == null
                        || !MessageDigest.isEqual(
                                token.getBytes(StandardCharsets.UTF_8), this.token.getBytes(StandardCharsets.UTF_8)))) {
            return new Refusal(403, "This workbench needs its access token: open the address alloc serve printed.");
        }
        if (origin != null && !(host != null && origin.equalsIgnoreCase("http://" + host))) {
            return new Refusal(403, "Requests from another site's page are refused.");
        }
        if (method.equals("POST")) {
            if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                return new Refusal(415, "Changes are sent as JSON.");
            }
            String length = contentLength == null ? "0" : contentLength.strip();
            if (!length.matches("[0-9]+")) {
                return new Refusal(400, "The request's length is not a number.");
            }
            if (length.length() > 9 || Long.parseLong(length) > MAX_BODY) {
                return new Refusal(413, "The request is larger than " + MAX_BODY + " bytes.");
            }
        }
        return null;
    }

    private Set<String> allowedHosts() {
        return Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
    }
}
