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
package th.allocation.scenario;

import th.allocation.model.Limits;

/**
 * A local target for one cluster, ESA or network, replacing the central target there. Exactly one
 * of the three names is given. Where several overrides match a school, the most local wins:
 * network, then ESA, then cluster.
 *
 * @param cluster the cluster it applies to, or null
 * @param esa the ESA it applies to, or null
 * @param network the network it applies to, or null
 * @param target the local target
 */
public record TargetOverride(String cluster, String esa, String network, Double target) {
    /** Validates that exactly one place and a finite target are given. */
    public TargetOverride {
        int places = (cluster != null ? 1 : 0) + (esa != null ? 1 : 0) + (network != null ? 1 : 0);
        if (places != 1) {
            throw new IllegalArgumentException(
                    "A target override names exactly one of cluster, esa or network (" + places + " given).");
        }
        if (target == null || !Double.isFinite(target)) {
            throw new IllegalArgumentException("A target override needs a finite 'target' (" + target + ").");
        }
        if (!(Math.abs(target) <= Limits.MAX_INDICATOR)) {
            throw new IllegalArgumentException("A target override's 'target' (" + target + ") is too large: the engine"
                    + " handles targets of at most " + (long) Limits.MAX_INDICATOR + " in absolute value.");
        }
    }

    /** How local the override is: 3 for a network, 2 for an ESA, 1 for a cluster. */
    public int rank() {
        return network != null ? 3 : esa != null ? 2 : 1;
    }
}
