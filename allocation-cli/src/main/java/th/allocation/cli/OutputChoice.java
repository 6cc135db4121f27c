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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.output.OutputFolder;

/**
 * Where a run or a comparison writes: the folder given with {@code --out}, or a default one under
 * {@code out/} that never takes another scenario's output.
 *
 * <p>The default is {@code out/<name>} ({@code <name>}: the scenario file's name without extension,
 * or {@code <first>-vs-<second>} for a comparison), as long as that folder is free or holds this same
 * scenario file's earlier output; the folder's record ({@code .alloc-output.json}) says which
 * scenario file, relative to {@code out/}, wrote it. Otherwise (another scenario's output, an output
 * that does not say whose it is, files of the user's) it is {@code out/<folder>-<name>}, with the name
 * of the scenario file's folder ({@code out/small-needs-weighted} for
 * {@code examples/small/needs-weighted.yaml}), then {@code -2}, {@code -3}... up to
 * {@value #CANDIDATES} folders; the command says where it wrote, and why there.
 *
 * <p>With {@code --out} the folder is the user's choice: alloc's own earlier output there is replaced
 * (as ever), and if it was another scenario's, the command says so.
 */
final class OutputChoice {
    /** How many folders the default tries before giving up. */
    static final int CANDIDATES = 10;

    private final Path folder;
    private final String writtenFor;
    private final String note;

    private OutputChoice(Path folder, String writtenFor, String note) {
        this.folder = folder;
        this.writtenFor = writtenFor;
        this.note = note;
    }

    /**
     * The folder for {@code command} ({@code run}, {@code compare}...) on {@code scenarios}: {@code given}
     * if not {@code null}, else the default named {@code name}.
     *
     * @throws InputException if every default folder is taken
     */
    static OutputChoice of(Path given, String command, List<Path> scenarios, String name) {
        String identity = identity(command, scenarios);
        if (given != null) {
            Optional<String> earlier = OutputFolder.writtenFor(given);
            String note = earlier.isPresent() && !earlier.get().equals(identity)
                    ? "Note: replaced " + given + ", the output of " + earlier.get() + " (--out names it)."
                    : null;
            return new OutputChoice(given, null, note);
        }
        Path out = Path.of("out");
        List<Path> candidates = new ArrayList<>();
        candidates.add(out.resolve(name));
        Path parent = scenarios.get(0).toAbsolutePath().normalize().getParent();
        String folderName = parent == null || parent.getFileName() == null
                ? "scenario"
                : parent.getFileName().toString();
        candidates.add(out.resolve(folderName + "-" + name));
        for (int n = 2; candidates.size() < CANDIDATES; n++) {
            candidates.add(out.resolve(folderName + "-" + name + "-" + n));
        }
        Path free = null;
        for (Path candidate : candidates) {
            if (OutputFolder.isFree(candidate)) {
                if (free == null) {
                    free = candidate;
                }
            } else if (OutputFolder.writtenFor(candidate)
                    .filter(identity::equals)
                    .isPresent()) {
                return new OutputChoice(candidate, identity, note(candidates.get(0), candidate, identity));
            }
        }
        if (free == null) {
            throw new InputException(Problem.of(
                    candidates.get(0).toString(),
                    "The default output folders (" + candidates.get(0) + " to " + candidates.get(CANDIDATES - 1)
                            + ") all hold other outputs or files.",
                    "Give the output folder with --out DIR, or remove the ones no longer needed."));
        }
        return new OutputChoice(free, identity, note(candidates.get(0), free, identity));
    }

    /** The folder to write. */
    Path folder() {
        return folder;
    }

    /** What the folder's record is to say it was written for; {@code null} for a folder given with --out. */
    String writtenFor() {
        return writtenFor;
    }

    /** A line for the user about the choice, if there is something to say. */
    Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * Why the default is not {@code out/<name>}: what that folder holds. {@code null} when it is.
     */
    private static String note(Path first, Path chosen, String identity) {
        if (chosen.equals(first)) {
            return null;
        }
        Optional<String> holder = OutputFolder.writtenFor(first);
        String what = holder.isPresent()
                ? "the output of " + holder.get()
                : "an output or files that do not say which scenario they are for (written with --out, by an"
                        + " earlier alloc, or by you)";
        return "Note: " + first + " holds " + what + ", so this " + identity.split(" ")[0] + " writes " + chosen + ".";
    }

    /**
     * What a default folder's record says it was written for: the command and its scenario files,
     * each relative to {@code out/}, e.g. {@code run ../examples/small/needs-weighted.yaml}. Relative,
     * so that the record has no machine path and stays true when the project folder moves.
     */
    static String identity(String command, List<Path> scenarios) {
        Path out = Path.of("out").toAbsolutePath().normalize();
        StringBuilder text = new StringBuilder(command);
        for (Path scenario : scenarios) {
            String relative =
                    out.relativize(scenario.toAbsolutePath().normalize()).toString();
            text.append(' ').append(relative.replace('\\', '/'));
        }
        return text.toString();
    }
}
