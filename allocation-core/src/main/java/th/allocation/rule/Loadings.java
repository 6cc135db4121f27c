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

import java.math.BigDecimal;

/**
 * Per-pupil loadings added on top of the weighted base, in baht per pupil; a loading left out is 0.
 *
 * @param poor baht per poor pupil (for example the Equitable Education Fund's 3,000)
 * @param specialNeeds baht per pupil with special needs
 */
public record Loadings(BigDecimal poor, BigDecimal specialNeeds) {
    /** No loadings. */
    public static final Loadings NONE = new Loadings(BigDecimal.ZERO, BigDecimal.ZERO);

    /** Validates both loadings (at least 0, whole satang) and sets missing ones to 0. */
    public Loadings {
        poor = poor == null ? BigDecimal.ZERO : poor;
        specialNeeds = specialNeeds == null ? BigDecimal.ZERO : specialNeeds;
        Money.requirePerPupil(poor, "poor");
        Money.requirePerPupil(specialNeeds, "special_needs");
    }
}
