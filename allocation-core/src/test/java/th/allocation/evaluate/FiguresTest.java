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

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import th.allocation.scenario.Direction;

/** The status rules of {@link Status}, applied in order, on single schools (hand-checked cases). */
class FiguresTest {
    private static Status higher(double baseline, double projected, double achieved) {
        return Figures.ofSchool(Direction.HIGHER, baseline, 0.6, projected, achieved)
                .status(0.5);
    }

    @Test
    void status_higherIsBetter_followsTheRulesInOrder() {
        assertEquals(Status.MET, higher(0.5, 0.55, 0.6), "at the target");
        assertEquals(Status.MET, higher(0.7, 0.7, 0.61), "fell, but is still above the target: met comes first");
        assertEquals(Status.WORSE, higher(0.5, 0.55, 0.49), "below target and below the baseline");
        assertEquals(Status.WORSE, higher(0.7, 0.7, 0.59), "above target before, below it now, and lower");
        // Projected +0.1; half of it is 0.05.
        assertEquals(Status.ON_TRACK, higher(0.4, 0.5, 0.45), "exactly half the projected improvement");
        assertEquals(Status.OFF_TRACK, higher(0.4, 0.5, 0.4499), "just short of half");
        assertEquals(Status.OFF_TRACK, higher(0.4, 0.5, 0.4), "no change at all");
        // Nothing projected (no money): any improvement is on track.
        assertEquals(Status.ON_TRACK, higher(0.4, 0.4, 0.41), "improved without money");
        assertEquals(Status.OFF_TRACK, higher(0.4, 0.4, 0.4), "unchanged without money");
        assertEquals(Status.NO_DATA, higher(0.4, 0.5, Double.NaN), "not measured");
    }

    @Test
    void status_lowerIsBetter_mirrorsTheRules() {
        // Pupils per teacher, target 20: lower is better.
        Figures met = Figures.ofSchool(Direction.LOWER, 25, 20, 22, 19.5);
        Figures worse = Figures.ofSchool(Direction.LOWER, 25, 20, 22, 26);
        Figures onTrack = Figures.ofSchool(Direction.LOWER, 25, 20, 22, 23.5); // 1.5 of 3 projected
        Figures offTrack = Figures.ofSchool(Direction.LOWER, 25, 20, 22, 23.6);
        assertEquals(Status.MET, met.status(0.5));
        assertEquals(Status.WORSE, worse.status(0.5));
        assertEquals(Status.ON_TRACK, onTrack.status(0.5));
        assertEquals(Status.OFF_TRACK, offTrack.status(0.5));
        assertEquals(5, onTrack.gapBaseline(), 1e-12, "25 - 20");
        assertEquals(3.5, onTrack.gapAchieved(), 1e-12, "23.5 - 20");
        assertEquals(1.5, onTrack.gapClosed(), 1e-12);
        assertEquals(3, onTrack.gapClosedProjected(), 1e-12, "25 - 22");
        assertEquals(1.5, onTrack.progress(), 1e-12, "improvement in the better direction is positive");
    }

    @Test
    void gapClosed_isCappedAtTheTarget_andNegativeWhenTheGapGrew() {
        Figures overshoot = Figures.ofSchool(Direction.HIGHER, 0.4, 0.6, 0.5, 0.7);
        assertEquals(0.2, overshoot.gapClosed(), 1e-12, "the whole gap, not the 0.3 improvement");
        Figures grew = Figures.ofSchool(Direction.HIGHER, 0.4, 0.6, 0.5, 0.35);
        assertEquals(-0.05, grew.gapClosed(), 1e-12);
        assertEquals(
                0.1 / 0.6,
                Figures.ofSchool(Direction.HIGHER, 0.4, 0.6, 0.5, 0.4).behindProjection(),
                1e-12);
    }

    @Test
    void onTrackShare_isTheThreshold() {
        Figures f = Figures.ofSchool(Direction.HIGHER, 0.4, 0.6, 0.5, 0.47); // 70% of the projected 0.1
        assertEquals(Status.ON_TRACK, f.status(0.7));
        assertEquals(Status.OFF_TRACK, f.status(0.71));
    }

    @Test
    void sixDecimals_stillMeetATargetTheyEqual() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary; 0.3 written in a file must still meet a target of 0.3.
        assertEquals(
                Status.MET,
                Figures.ofSchool(Direction.HIGHER, 0.1, 0.1 + 0.2, 0.2, 0.3).status(0.5));
    }
}
