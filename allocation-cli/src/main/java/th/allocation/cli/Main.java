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

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Starts the {@code alloc} command and exits with its code. */
public final class Main {
    private Main() {}

    /** Runs {@code alloc} with the process's arguments; exits 0 on success, 2 on bad input or usage, 1 otherwise. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = AllocCommand.execute(args, out, err);
        } catch (OutOfMemoryError e) {
            err.println("error: Java ran out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB allowed). Give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx8g ./alloc ...; about 1 GB per"
                    + " million schools is needed.");
            code = 1;
        }
        System.exit(code);
    }
}
