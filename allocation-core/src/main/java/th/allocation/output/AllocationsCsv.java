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
package th.allocation.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntFunction;
import th.allocation.model.AreaType;
import th.allocation.model.CategoryColumn;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.IndicatorColumns;

/**
 * Writes {@code allocations.csv} (columns in {@link AllocationWriter#header(AllocationResult)})
 * straight into bytes with {@link CsvBytes}: the text of the category columns, area types, kinds
 * and bounds is encoded once per table, the rest as it is written, so a row costs no objects. The
 * bytes are those the Commons CSV printer gave (see {@link CsvBytes}).
 */
final class AllocationsCsv {
    private AllocationsCsv() {}

    /**
     * Writes the per-school table of {@code result} into {@code file}, the rows formatted in chunks
     * on every core ({@link CsvChunks}).
     */
    static void write(AllocationResult result, Path file) throws IOException {
        write(result, file, CsvChunks.RECORDS, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #write(AllocationResult, Path)}, in chunks of {@code perChunk} rows on at most {@code threads} threads. */
    static void write(AllocationResult result, Path file, int perChunk, int threads) throws IOException {
        CsvBytes head = CsvBytes.firstChunk();
        for (String name : AllocationWriter.header(result)) {
            head.plain(name);
        }
        head.endRecord();
        SchoolCells cells = SchoolCells.of(result.schools());
        CsvChunks.write(
                file,
                head,
                result.schools().size(),
                () -> {
                    Rows rows = new Rows(result, cells);
                    return (csv, from, to) -> {
                        for (int i = from; i < to; i++) {
                            rows.write(csv, i);
                        }
                    };
                },
                perChunk,
                threads);
    }

    /**
     * The rows of the table, one school at a time. A method of its own, called once per school, so
     * that the JIT compiles it as a whole method, not the loop of {@code write} while it runs (an
     * on-stack replacement, once per loop that grows hot); and the counts and the amounts after the
     * bound are gathered and written by a loop each: with a call site per cell the JIT inlined the
     * number writing a dozen times over, and at 1.5 M schools spent seconds compiling the row loop
     * while it ran slowly.
     */
    static final class Rows {
        private final AllocationResult result;
        private final SchoolTable schools;
        private final int components;
        private final IndicatorColumns targets;
        private final int indicators;
        private final SchoolCells cells;
        private final byte[][] bounds = keys(Bound.values().length, k -> Bound.values()[k].key());
        private final long[] count = new long[3];
        private final long[] amount;
        private final boolean[] blank; // no cap, no previous allocation
        private final byte[][] idBytes = {new byte[32]};

        Rows(AllocationResult result, SchoolCells cells) {
            this.result = result;
            this.schools = result.schools();
            this.components = result.components().size();
            this.targets = result instanceof IndicatorColumns t ? t : null;
            this.indicators = targets == null ? 0 : targets.indicators().size();
            this.cells = cells;
            this.amount = new long[components + 6];
            this.blank = new boolean[components + 6];
        }

        void write(CsvBytes csv, int i) throws IOException {
            cells.identity(csv, i, true, idBytes);
            count[0] = schools.totalPupils(i);
            count[1] = schools.poor(i);
            count[2] = schools.specialNeeds(i);
            for (long value : count) {
                csv.integer(value);
            }
            long allocation = result.allocation(i);
            csv.satang(allocation);
            csv.perPupil(allocation, schools.totalPupils(i));
            csv.encoded(bounds[result.bound(i).ordinal()]);
            long stated = 0;
            for (int c = 0; c < components; c++) {
                amount[c] = result.component(c, i);
                stated += amount[c];
            }
            long adjustment = result.boundAdjustment(i, stated);
            amount[components] = adjustment;
            // What every result's rounding is (AllocationResult), without working the components out again.
            amount[components + 1] = allocation - stated - adjustment;
            amount[components + 2] = result.need(i);
            amount[components + 3] = result.floor(i);
            amount[components + 4] = result.cap(i);
            blank[components + 4] = amount[components + 4] == AllocationResult.NO_CAP;
            amount[components + 5] = schools.previousAllocation(i);
            blank[components + 5] = amount[components + 5] == SchoolTable.NO_PREVIOUS;
            for (int k = 0; k < amount.length; k++) {
                if (blank[k]) {
                    csv.empty();
                } else {
                    csv.satang(amount[k]);
                }
            }
            for (int k = 0; k < indicators; k++) {
                csv.plain(AllocationWriter.number(targets.value(k, i)));
                csv.plain(AllocationWriter.number(targets.target(k, i)));
                csv.plain(AllocationWriter.number(targets.projected(k, i)));
                csv.plain(AllocationWriter.number(targets.gapLeft(k, i)));
            }
            csv.endRecord();
        }
    }

    /** The encoded cells of {@code count} keys, written as they are. */
    static byte[][] keys(int count, IntFunction<String> key) {
        byte[][] cells = new byte[count][];
        for (int k = 0; k < count; k++) {
            cells[k] = CsvBytes.encodePlain(key.apply(k));
        }
        return cells;
    }

    /**
     * The identity cells of a school table, the text of each category encoded once: id, name,
     * cluster, ESA, network (when asked), province, area type, remote and school kind.
     */
    record SchoolCells(
            SchoolTable schools,
            byte[][] cluster,
            byte[][] esa,
            byte[][] network,
            byte[][] province,
            byte[][] areaTypes,
            byte[][] kinds) {

        static SchoolCells of(SchoolTable schools) {
            return new SchoolCells(
                    schools,
                    labels(schools.cluster()),
                    labels(schools.esa()),
                    labels(schools.network()),
                    labels(schools.province()),
                    keys(AreaType.values().length, k -> AreaType.values()[k].key()),
                    keys(SchoolKind.values().length, k -> SchoolKind.values()[k].key()));
        }

        /** The labels of a column as text cells, made safe for spreadsheets. */
        private static byte[][] labels(CategoryColumn column) {
            byte[][] cells = new byte[column.labelCount()][];
            for (int code = 0; code < cells.length; code++) {
                cells[code] = CsvBytes.encode(column.label(code));
            }
            return cells;
        }

        /** Writes the identity cells of school {@code i}, with or without its network. */
        void identity(CsvBytes csv, int i, boolean withNetwork) throws IOException {
            csv.text(schools.id(i));
            afterId(csv, i, withNetwork);
        }

        /**
         * Writes the identity cells of school {@code i}, with or without its network; {@code scratch}
         * (one per thread) holds the id's bytes on the way, so that an id kept as bytes is not made a
         * String (at 1.5 M schools, a tenth of the table's formatting was spent making them).
         */
        void identity(CsvBytes csv, int i, boolean withNetwork, byte[][] scratch) throws IOException {
            int length = schools.idBytes(i, scratch[0]);
            if (length > scratch[0].length) {
                scratch[0] = new byte[Math.max(length, 2 * scratch[0].length)];
                length = schools.idBytes(i, scratch[0]);
            }
            if (length >= 0) {
                csv.asciiText(scratch[0], length);
            } else {
                csv.text(schools.id(i));
            }
            afterId(csv, i, withNetwork);
        }

        /** Writes the identity cells of school {@code i} after its id. */
        private void afterId(CsvBytes csv, int i, boolean withNetwork) throws IOException {
            csv.text(schools.name(i));
            csv.encoded(cluster[schools.cluster().code(i)]);
            csv.encoded(esa[schools.esa().code(i)]);
            if (withNetwork) {
                csv.encoded(network[schools.network().code(i)]);
            }
            csv.encoded(province[schools.province().code(i)]);
            csv.encoded(areaTypes[schools.areaType(i).ordinal()]);
            csv.bool(schools.remote(i));
            csv.encoded(kinds[schools.kind(i).ordinal()]);
        }
    }
}
