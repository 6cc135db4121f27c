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
package th.allocation.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import th.allocation.internal.NaturalOrder;
import th.allocation.model.AreaType;
import th.allocation.model.CategoryColumn;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/** A way to group schools for summaries: by a hierarchy or geography column, area type or kind. */
public enum Grouping {
    /** By inspection-region cluster. */
    CLUSTER("cluster"),
    /** By Educational Service Area. */
    ESA("esa"),
    /** By school network. */
    NETWORK("network"),
    /** By province. */
    PROVINCE("province"),
    /** By area type. */
    AREA_TYPE("area_type"),
    /** By kind of school. */
    SCHOOL_KIND("school_kind");

    private final String key;

    Grouping(String key) {
        this.key = key;
    }

    /** The grouping's name in output files, the same as the school-table column. */
    public String key() {
        return key;
    }

    /** The grouping whose {@link #key()} is {@code key}, if any. */
    public static java.util.Optional<Grouping> byKey(String key) {
        for (Grouping grouping : values()) {
            if (grouping.key.equals(key)) {
                return java.util.Optional.of(grouping);
            }
        }
        return java.util.Optional.empty();
    }

    /** The group of school {@code i}. */
    public String groupOf(SchoolTable schools, int i) {
        return switch (this) {
            case AREA_TYPE -> schools.areaType(i).key();
            case SCHOOL_KIND -> schools.kind(i).key();
            default -> column(schools).value(i);
        };
    }

    /**
     * The order of groups in summaries: declaration order for area types and kinds; otherwise by name,
     * numbers inside names compared as numbers (region 2 before region 10).
     */
    public java.util.Comparator<String> order() {
        return switch (this) {
            case AREA_TYPE ->
                java.util.Comparator.comparingInt(key -> AreaType.keys().indexOf(key));
            case SCHOOL_KIND ->
                java.util.Comparator.comparingInt(key -> SchoolKind.keys().indexOf(key));
            default -> NaturalOrder.INSTANCE;
        };
    }

    /**
     * The groups of {@code schools}: a code per school, numbering the groups that have schools in
     * group order ({@link #order()}), and their labels. Linear in the schools: the labels of a column
     * are put in order once, and each school's group is its column code renumbered, where looking up
     * each school's text in a map ordered by a digit-aware comparator took a sixth of a national run.
     * Made once per table and grouping, then kept while the table is in use (see {@link #KNOWN}); safe
     * to call from many threads.
     */
    public Groups groups(SchoolTable schools) {
        Known known;
        synchronized (KNOWN) {
            known = KNOWN.computeIfAbsent(schools, table -> new Known());
        }
        Object lock = known.locks[ordinal()];
        synchronized (lock) {
            if (known.groups[ordinal()] == null) {
                known.groups[ordinal()] = ofTable(schools);
            }
            return known.groups[ordinal()];
        }
    }

    /**
     * The groups already made of each table still in use, by grouping. A table is immutable, so its
     * groups are too: a run asks for the same groups for its equity table, its summary, its printed
     * figures and its report, and ordering 12,496 ESA labels by {@link NaturalOrder} (with the JIT
     * compiling the comparison while it runs) took about half a second of a 1.5 M-school run each
     * time. Keyed by identity ({@link SchoolTable} keeps {@link Object#equals}), weakly, so a table
     * no longer used is not kept for its groups.
     */
    private static final Map<SchoolTable, Known> KNOWN = new WeakHashMap<>();

    /** The groups of one table, made once per grouping, each under its own lock. */
    private static final class Known {
        final Groups[] groups = new Groups[values().length];
        final Object[] locks = new Object[values().length];

        Known() {
            Arrays.setAll(locks, k -> new Object());
        }
    }

    private Groups ofTable(SchoolTable schools) {
        int n = schools.size();
        int[] codes = new int[n];
        List<String> labels;
        switch (this) {
            case AREA_TYPE -> {
                for (int i = 0; i < n; i++) {
                    codes[i] = schools.areaType(i).ordinal();
                }
                labels = Arrays.stream(AreaType.values()).map(AreaType::key).toList();
            }
            case SCHOOL_KIND -> {
                for (int i = 0; i < n; i++) {
                    codes[i] = schools.kind(i).ordinal();
                }
                labels = Arrays.stream(SchoolKind.values()).map(SchoolKind::key).toList();
            }
            default -> {
                CategoryColumn column = column(schools);
                for (int i = 0; i < n; i++) {
                    codes[i] = column.code(i);
                }
                String[] text = new String[column.labelCount()];
                Arrays.setAll(text, column::label);
                labels = Arrays.asList(text);
            }
        }
        return Groups.renumber(codes, labels, order());
    }

    /**
     * The groups of a table of schools under one grouping ({@link Grouping#groups(SchoolTable)}): each
     * school's group as a code, {@code 0} to {@code labels().size() - 1}, codes in group order.
     */
    public static final class Groups {
        private final int[] codes;
        private final List<String> labels;

        private Groups(int[] codes, List<String> labels) {
            this.codes = codes;
            this.labels = labels;
        }

        /**
         * Renumbers {@code codes} (in place), indexes into {@code labels}, so that only the labels used
         * remain and codes follow {@code order} of the labels.
         */
        static Groups renumber(int[] codes, List<String> labels, java.util.Comparator<String> order) {
            int[] schools = new int[labels.size()];
            for (int code : codes) {
                schools[code]++;
            }
            List<Integer> used = new ArrayList<>();
            for (int code = 0; code < schools.length; code++) {
                if (schools[code] > 0) {
                    used.add(code);
                }
            }
            used.sort((a, b) -> order.compare(labels.get(a), labels.get(b)));
            int[] renumbered = new int[labels.size()];
            String[] ordered = new String[used.size()];
            for (int rank = 0; rank < used.size(); rank++) {
                renumbered[used.get(rank)] = rank;
                ordered[rank] = labels.get(used.get(rank));
            }
            for (int i = 0; i < codes.length; i++) {
                codes[i] = renumbered[codes[i]];
            }
            return new Groups(codes, List.of(ordered));
        }

        /** The group of school {@code school}: an index into {@link #labels()}. */
        public int code(int school) {
            return codes[school];
        }

        /** The groups' labels, in group order; every group has at least one school. */
        public List<String> labels() {
            return labels;
        }

        /** How many groups. */
        public int size() {
            return labels.size();
        }

        /** The codes of every school, not copied: only for this package, which never changes them. */
        int[] codes() {
            return codes;
        }
    }

    private CategoryColumn column(SchoolTable schools) {
        return switch (this) {
            case CLUSTER -> schools.cluster();
            case ESA -> schools.esa();
            case NETWORK -> schools.network();
            case PROVINCE -> schools.province();
            default -> throw new IllegalStateException(key + " is not a text column.");
        };
    }
}
