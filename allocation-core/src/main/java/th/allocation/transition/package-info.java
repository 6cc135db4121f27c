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
/**
 * Multi-year transitions (docs/model.md, Transitions): a path over several fiscal years from a
 * baseline allocation (last year's, or another scenario's) to a scenario's rule, each year's budget
 * conserved exactly and each school's change bounded per pupil. API: {@link
 * th.allocation.transition.TransitionAllocator} (the entry point), {@link
 * th.allocation.transition.TransitionResult} and {@link th.allocation.transition.TransitionYear}.
 */
package th.allocation.transition;
