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
package th.allocation.evaluate;

import java.util.Objects;
import th.allocation.model.Baht;
import th.allocation.scenario.CostBasis;

/**
 * The money put against an indicator's gap in a school or unit, and the gap it closed: the basis of
 * cost per unit of gap closed. Sums over the schools that got money for the indicator and have a
 * realised value; gaps closed are weighted as the indicator's cost is counted (by pupils when per
 * pupil, one per school when per school), so that costs come out in the indicator's own units.
 *
 * @param per what the indicator's cost is counted per
 * @param schools schools with money for the indicator and a realised value
 * @param money the money allocated against the gap, in satang
 * @param spent the money spent against it, in satang: what the results report, else the money allocated
 * @param closed the weighted gap closed in fact (pupil-units or school-units); negative if it grew
 * @param closedProjected the weighted gap the allocation projected to close
 */
public record Spending(CostBasis per, int schools, long money, long spent, double closed, double closedProjected) {
    /** Requires the basis. */
    public Spending {
        Objects.requireNonNull(per, "per");
    }

    /**
     * The cost assumed per unit of gap, in baht per pupil (or per school) per unit of the indicator:
     * money over the gap projected to close. With straight-line returns it is the scenario's cost;
     * with diminishing returns, the average over the pieces bought. NaN when nothing was projected.
     */
    public double costAssumed() {
        return closedProjected > 0 ? Baht.toBaht(money).doubleValue() / closedProjected : Double.NaN;
    }

    /** The cost observed: money spent over the gap closed in fact; NaN when nothing was closed. */
    public double costObserved() {
        return closed > 0 ? Baht.toBaht(spent).doubleValue() / closed : Double.NaN;
    }

    /** The gap closed in fact over the gap projected (1 when it closed as projected); NaN when nothing was projected. */
    public double realisation() {
        return closedProjected > 0 ? closed / closedProjected : Double.NaN;
    }

    /**
     * Gap closed per baht spent over gap projected per baht allocated: 1 when the money bought what
     * was assumed, 0 when it bought nothing, negative when the gap grew. Equals {@link #realisation()}
     * when spending is as allocated, and {@code costAssumed / costObserved} when both are defined.
     * NaN when nothing was projected or nothing spent.
     */
    public double efficiency() {
        if (!(closedProjected > 0) || money <= 0 || spent <= 0) {
            return Double.NaN;
        }
        return (closed / spent) / (closedProjected / money);
    }

    /** Observed over assumed cost: how many times the assumed cost a unit of gap closed in fact; NaN where either is undefined. */
    public double costRatio() {
        return costObserved() / costAssumed();
    }
}
