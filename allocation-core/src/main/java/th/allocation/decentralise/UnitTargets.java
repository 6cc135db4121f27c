package th.allocation.decentralise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import th.allocation.model.SchoolTable;
import th.allocation.result.Grouping;
import th.allocation.scenario.Envelope;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.TargetOverride;
import th.allocation.scenario.Targets;

/**
 * A level's targets as one unit applies them to its own schools: local targets and envelopes that
 * name a place outside the unit concern other units and are left out. A place no school of the whole
 * table has is kept, so that the unit's allocation reports it as the error it is, with a suggestion.
 * Envelopes in percent are percentages of the unit's envelope.
 */
final class UnitTargets {
    private UnitTargets() {}

    static Targets within(Targets targets, SchoolTable schools, int[] rows) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : targets.indicators()) {
            List<TargetOverride> kept = new ArrayList<>();
            for (TargetOverride override : indicator.overrides()) {
                Grouping grouping = override.network() != null ? Grouping.NETWORK
                        : override.esa() != null ? Grouping.ESA : Grouping.CLUSTER;
                String place = override.network() != null ? override.network()
                        : override.esa() != null ? override.esa() : override.cluster();
                if (keep(grouping, place, schools, rows)) {
                    kept.add(override);
                }
            }
            indicators.add(new Indicator(indicator.name(), indicator.column(), indicator.goal(),
                    indicator.direction(), indicator.target(), indicator.priority(), indicator.cost(),
                    indicator.returns(), kept));
        }
        List<Envelope> envelopes = new ArrayList<>();
        for (Envelope envelope : targets.envelopes()) {
            Grouping grouping = grouping(envelope.column());
            if (envelope.value() == null || grouping == null || keep(grouping, envelope.value(), schools, rows)) {
                envelopes.add(envelope);
            }
        }
        return new Targets(targets.objective(), targets.spend(), targets.solver(), indicators, envelopes);
    }

    /** Whether a unit keeps a rule for {@code place}: its schools have it, or no school at all has it. */
    private static boolean keep(Grouping grouping, String place, SchoolTable schools, int[] rows) {
        Set<String> inUnit = new HashSet<>();
        for (int row : rows) {
            inUnit.add(grouping.groupOf(schools, row));
        }
        if (inUnit.contains(place)) {
            return true;
        }
        for (int i = 0; i < schools.size(); i++) {
            if (grouping.groupOf(schools, i).equals(place)) {
                return false;
            }
        }
        return true;
    }

    private static Grouping grouping(String column) {
        for (Grouping grouping : Grouping.values()) {
            if (grouping.key().equals(column)) {
                return grouping;
            }
        }
        return null;
    }
}
