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

import java.math.BigDecimal;
import th.allocation.scenario.Indicator;

/**
 * What the year says about one indicator as a whole: the cost of closing its gap assumed and
 * observed, next year's unit cost after shrinkage, and how noisy a year's change is.
 *
 * <p>Next year's cost is {@code cost / (s + (1 - s) x max(0, e))} with {@code s} the shrinkage and
 * {@code e} the {@linkplain Spending#efficiency() efficiency} of all funded schools, rounded to the
 * satang, and at most the engine's limit for a cost; it is this year's where no money was put
 * against the indicator or nothing was projected.
 *
 * <p>Noise: the change (in the better direction) of the schools that were below target and got no
 * money for the indicator, their mean and standard deviation (population): how much a school moves
 * in a year without this money. A school's change within about two standard deviations of the
 * mean is within a year's luck.
 *
 * @param indicator the indicator
 * @param range the range its realised values were checked against
 * @param measured whether the results had a column for it
 * @param spending the money and gap closed of every funded school with a realised value
 * @param schoolStatuses how many schools have each status
 * @param unfundedSchools schools below target at baseline, without money for it, with a realised value
 * @param unfundedChangeMean their mean change, NaN if none
 * @param unfundedChangeSd the standard deviation of their change, NaN if fewer than two
 * @param shrinkage the weight kept on this year's cost
 * @param cost this year's cost amount (baht per pupil or per school per unit of the indicator)
 * @param nextCost next year's cost amount
 */
public record IndicatorResult(
        Indicator indicator,
        Range range,
        boolean measured,
        Spending spending,
        StatusCounts schoolStatuses,
        int unfundedSchools,
        double unfundedChangeMean,
        double unfundedChangeSd,
        double shrinkage,
        BigDecimal cost,
        BigDecimal nextCost) {}
