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
package th.allocation.rule;

import java.util.ArrayList;
import java.util.List;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.AreaType;
import th.allocation.model.CategoryColumn;
import th.allocation.model.Level;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * The school quantities a {@link ComponentFormula} reads: counts from the school table, quantities
 * derived from them, any extra numeric column of the school file, and the category columns.
 *
 * <p>Derived quantities (docs/model.md, Derived school quantities):
 *
 * <pre>
 * pupils                 = sum over levels of pupils(s, l)
 * year_groups            = sum over levels l with pupils(s, l) &gt; 0 of years(l)
 *                          years: preprimary 3 (K1-K3), primary 6 (P1-P6), lower_secondary 3 (M1-M3),
 *                          upper_secondary 3 (M4-M6)
 * pupils_per_year_group  = pupils / year_groups             (0 without pupils)
 * share_poor             = pupils_poor / pupils             (0 without pupils)
 * share_special_needs    = pupils_special_needs / pupils    (0 without pupils)
 * </pre>
 */
public final class SchoolQuantities {
    /** The numeric quantities every school table has, derived or counted. */
    public static final List<String> NUMERIC = numericNames();

    /** The category columns a multiplier or condition can read by their values. */
    public static final List<String> CATEGORIES = List.of(
            "area_type", "school_kind", "remote", "cluster", "esa", "network", "province", "district", "subdistrict");

    private SchoolQuantities() {}

    /** Years of schooling of a level, for {@code year_groups}. */
    public static int years(Level level) {
        return switch (level) {
            case PREPRIMARY -> 3;
            case PRIMARY -> 6;
            case LOWER_SECONDARY, UPPER_SECONDARY -> 3;
        };
    }

    /** Whether {@code name} is a category column. */
    public static boolean isCategory(String name) {
        return CATEGORIES.contains(name);
    }

    /**
     * The value of numeric quantity {@code name} for every school of {@code schools}.
     *
     * @param component the component that reads it, for messages
     * @throws InputException if the table has no such column, or a school has no value in it
     */
    static double[] numeric(String name, SchoolTable schools, String component) {
        int n = schools.size();
        double[] values = new double[n];
        for (Level level : Level.values()) {
            if (name.equals("pupils_" + level.key())) {
                for (int i = 0; i < n; i++) {
                    values[i] = schools.pupils(level, i);
                }
                return values;
            }
        }
        switch (name) {
            case "pupils" -> {
                for (int i = 0; i < n; i++) {
                    values[i] = schools.totalPupils(i);
                }
            }
            case "pupils_poor" -> {
                for (int i = 0; i < n; i++) {
                    values[i] = schools.poor(i);
                }
            }
            case "pupils_special_needs" -> {
                for (int i = 0; i < n; i++) {
                    values[i] = schools.specialNeeds(i);
                }
            }
            case "year_groups" -> {
                for (int i = 0; i < n; i++) {
                    values[i] = yearGroups(schools, i);
                }
            }
            case "pupils_per_year_group" -> {
                for (int i = 0; i < n; i++) {
                    int years = yearGroups(schools, i);
                    values[i] = years == 0 ? 0 : (double) schools.totalPupils(i) / years;
                }
            }
            case "share_poor", "share_special_needs" -> {
                boolean poor = name.equals("share_poor");
                for (int i = 0; i < n; i++) {
                    long pupils = schools.totalPupils(i);
                    int group = poor ? schools.poor(i) : schools.specialNeeds(i);
                    values[i] = pupils == 0 ? 0 : (double) group / pupils;
                }
            }
            default -> {
                if (!schools.indicatorNames().contains(name)) {
                    throw new InputException(Problem.of(
                            schools.source(),
                            "The component '" + component + "' reads the column '" + name
                                    + "', which the school table does not have.",
                            "Add the column to the school file, or use one of " + String.join(", ", NUMERIC) + "."));
                }
                for (int i = 0; i < n; i++) {
                    double value = schools.indicator(name, i);
                    if (!Double.isFinite(value)) {
                        throw new InputException(new Problem(
                                schools.source(),
                                schools.line(i),
                                0,
                                name,
                                schools.id(i),
                                "The component '" + component + "' reads '" + name + "', which school " + schools.id(i)
                                        + " has no value of.",
                                "Give every school a value of '" + name + "'."));
                    }
                    values[i] = value;
                }
            }
        }
        return values;
    }

    /** The number of year groups school {@code i} teaches: the years of each level it has pupils in. */
    public static int yearGroups(SchoolTable schools, int i) {
        int years = 0;
        for (Level level : Level.values()) {
            if (schools.pupils(level, i) > 0) {
                years += years(level);
            }
        }
        return years;
    }

    /**
     * A category column as codes and labels: school {@code i} has the value {@code labels[codes[i]]}.
     *
     * @param codes each school's code
     * @param labels the value of each code, e.g. {@code special} or {@code true}
     */
    record Coded(int[] codes, String[] labels) {}

    /** The values of category {@code name} for every school, coded. */
    static Coded category(String name, SchoolTable schools) {
        int n = schools.size();
        int[] codes = new int[n];
        switch (name) {
            case "area_type" -> {
                AreaType[] types = AreaType.values();
                String[] labels = new String[types.length];
                for (AreaType type : types) {
                    labels[type.ordinal()] = type.key();
                }
                for (int i = 0; i < n; i++) {
                    codes[i] = schools.areaType(i).ordinal();
                }
                return new Coded(codes, labels);
            }
            case "school_kind" -> {
                SchoolKind[] kinds = SchoolKind.values();
                String[] labels = new String[kinds.length];
                for (SchoolKind kind : kinds) {
                    labels[kind.ordinal()] = kind.key();
                }
                for (int i = 0; i < n; i++) {
                    codes[i] = schools.kind(i).ordinal();
                }
                return new Coded(codes, labels);
            }
            case "remote" -> {
                for (int i = 0; i < n; i++) {
                    codes[i] = schools.remote(i) ? 1 : 0;
                }
                return new Coded(codes, new String[] {"false", "true"});
            }
            default -> {
                CategoryColumn column = switch (name) {
                    case "cluster" -> schools.cluster();
                    case "esa" -> schools.esa();
                    case "network" -> schools.network();
                    case "province" -> schools.province();
                    case "district" -> schools.district();
                    case "subdistrict" -> schools.subdistrict();
                    default -> throw new IllegalArgumentException("Not a category column: " + name + ".");
                };
                String[] labels = new String[column.labelCount()];
                for (int c = 0; c < labels.length; c++) {
                    labels[c] = column.label(c);
                }
                for (int i = 0; i < n; i++) {
                    codes[i] = column.code(i);
                }
                return new Coded(codes, labels);
            }
        }
    }

    private static List<String> numericNames() {
        List<String> names = new ArrayList<>(List.of("pupils"));
        for (Level level : Level.values()) {
            names.add("pupils_" + level.key());
        }
        names.addAll(List.of(
                "pupils_poor",
                "pupils_special_needs",
                "year_groups",
                "pupils_per_year_group",
                "share_poor",
                "share_special_needs"));
        return List.copyOf(names);
    }
}
