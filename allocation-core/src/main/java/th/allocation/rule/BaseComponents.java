package th.allocation.rule;

import java.util.ArrayList;
import java.util.List;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;

/** The per-level base components shared by the flat and weighted rules: rate times pupils, exact. */
final class BaseComponents {
    private BaseComponents() {}

    static List<Component> components(String what) {
        List<Component> components = new ArrayList<>();
        for (Level level : Level.values()) {
            components.add(new Component("base_" + level.key(), what + " for " + level.key().replace('_', '-')
                    + " pupils: rate times pupils."));
        }
        return components;
    }

    /** Fills {@code amounts[level][school]} with rate times pupils, in satang, exactly. */
    static void fill(LevelAmounts rates, SchoolTable schools, long[][] amounts) {
        for (Level level : Level.values()) {
            long rate = Money.requireAmount(rates.of(level), level.key());
            long[] column = amounts[level.ordinal()];
            for (int i = 0; i < schools.size(); i++) {
                column[i] = Math.multiplyExact(rate, (long) schools.pupils(level, i));
            }
        }
    }
}
