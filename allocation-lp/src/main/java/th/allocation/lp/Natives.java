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
package th.allocation.lp;

import com.google.ortools.Loader;
import th.allocation.AllocationException;

/**
 * Loads OR-Tools' native libraries once per JVM, on first use. The holder class is initialised by
 * the JVM under its class-initialisation lock, so concurrent first calls load once and all see the
 * outcome; a failure is remembered and reported on every call.
 */
final class Natives {
    private Natives() {}

    /**
     * Makes sure the natives are loaded.
     *
     * @throws AllocationException if they cannot be loaded on this platform
     */
    static void load() {
        Throwable failure = Holder.FAILURE;
        if (failure != null) {
            throw new AllocationException(
                    "The LP solver cannot load OR-Tools' native libraries on this platform ("
                            + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + "): " + failure
                            + "\nMaybe the natives for this platform are not on the class path: add"
                            + " com.google.ortools:ortools-<platform> (e.g. ortools-darwin-aarch64), or use the structured"
                            + " solver (targets.solver: structured).",
                    failure);
        }
    }

    private static final class Holder {
        static final Throwable FAILURE = loadOnce();

        private static Throwable loadOnce() {
            try {
                Loader.loadNativeLibraries();
                return null;
            } catch (RuntimeException | LinkageError e) {
                return e;
            }
        }
    }
}
