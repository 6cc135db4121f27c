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

/**
 * The context weights of the weighted formula. A school's base amount is multiplied by the weight
 * of its area type, by the remote weight if it is remote, and by the weight of its kind.
 *
 * @param areaType weights by area type (capital, municipal, district, subdistrict, special)
 * @param remote the weight for remote schools, at least 1 so that remoteness never lowers a need
 * @param schoolKind weights by kind of school
 */
public record ContextWeights(AreaTypeWeights areaType, Double remote, SchoolKindWeights schoolKind) {
    /** No context weighting: every weight 1. */
    public static final ContextWeights NONE = new ContextWeights(AreaTypeWeights.NONE, 1.0, SchoolKindWeights.NONE);

    /** Validates the remote weight and fills in missing parts with weight 1. */
    public ContextWeights {
        areaType = areaType == null ? AreaTypeWeights.NONE : areaType;
        remote = Money.requireWeight(remote, "remote", 1.0);
        schoolKind = schoolKind == null ? SchoolKindWeights.NONE : schoolKind;
    }
}
