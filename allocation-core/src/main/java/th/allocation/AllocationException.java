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
package th.allocation;

/**
 * The base of every exception the engine throws on purpose. Its subclasses say whether the input
 * was at fault ({@link InputException}, {@link InfeasibleException}); anything else is a defect or
 * an environment failure such as an unwritable folder.
 */
public class AllocationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what happened and what to do. */
    public AllocationException(String message) {
        super(message);
    }

    /** An exception with a message and the original cause. */
    public AllocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
