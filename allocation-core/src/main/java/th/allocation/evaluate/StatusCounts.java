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

/**
 * How many schools (or indicators) have each status.
 *
 * @param met at or better than the target
 * @param onTrack below target and on track
 * @param offTrack below target and off track
 * @param worse worse than the baseline
 * @param noData without a realised value
 */
public record StatusCounts(int met, int onTrack, int offTrack, int worse, int noData) {
    /** No counts. */
    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

    /** The count of {@code status}. */
    public int of(Status status) {
        return switch (status) {
            case MET -> met;
            case ON_TRACK -> onTrack;
            case OFF_TRACK -> offTrack;
            case WORSE -> worse;
            case NO_DATA -> noData;
        };
    }

    /** Every count added. */
    public int total() {
        return met + onTrack + offTrack + worse + noData;
    }

    /** These counts from an array indexed by {@link Status#ordinal()}. */
    static StatusCounts of(int[] counts) {
        return new StatusCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
}
