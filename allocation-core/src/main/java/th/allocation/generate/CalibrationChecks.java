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
package th.allocation.generate;

import static th.allocation.generate.CalibrationNumbers.decimal;
import static th.allocation.generate.CalibrationNumbers.grouped;
import static th.allocation.generate.CalibrationNumbers.percent;

import th.allocation.generate.Calibration.Basis;
import th.allocation.generate.Calibration.Check;

/**
 * The kinds of {@link Check}: a count, a relative tolerance, a share in percentage points, a
 * minimum, a minimum share, and a count of violations that must be 0. Each writes its target,
 * tolerance and measured value as text and decides whether the file passes.
 */
final class CalibrationChecks {
    private CalibrationChecks() {}

    static Check count(String aggregate, double target, int tolerance, long measured, Basis basis, String source) {
        long rounded = StrictMath.round(target);
        return new Check(
                aggregate,
                grouped(rounded),
                tolerance == 0 ? "exact" : "± " + tolerance,
                basis,
                source,
                grouped(measured),
                StrictMath.abs(measured - rounded) <= tolerance);
    }

    static Check relative(
            String aggregate, double target, double tolerance, double measured, Basis basis, String source) {
        return new Check(
                aggregate,
                grouped(StrictMath.round(target)),
                "± " + decimal(100 * tolerance, 1) + "%",
                basis,
                source,
                grouped(StrictMath.round(measured)),
                StrictMath.abs(measured - target) <= tolerance * target);
    }

    static Check share(String aggregate, double target, double tolerance, double measured, Basis basis, String source) {
        return new Check(
                aggregate,
                percent(target),
                "± " + decimal(100 * tolerance, 1) + " pp",
                basis,
                source,
                percent(measured),
                StrictMath.abs(measured - target) <= tolerance);
    }

    static Check atLeast(String aggregate, double minimum, double measured, Basis basis, String source) {
        return new Check(
                aggregate,
                ">= " + decimal(minimum, 2),
                "(a minimum)",
                basis,
                source,
                decimal(measured, 2),
                measured >= minimum);
    }

    static Check shareAtLeast(String aggregate, double minimum, double measured, Basis basis, String source) {
        return new Check(
                aggregate,
                ">= " + percent(minimum),
                "(a minimum)",
                basis,
                source,
                percent(measured),
                measured >= minimum);
    }

    static Check violations(String aggregate, long measured, Basis basis, String source) {
        return new Check(aggregate, "0", "exact", basis, source, grouped(measured), measured == 0);
    }
}
