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
 * The live workbench ({@code alloc serve}): a local web server and single-page app that recomputes an
 * allocation on every change of a parameter. {@link th.allocation.serve.Workbench} is the entry point,
 * {@link th.allocation.serve.WorkbenchOptions} its settings, and
 * {@link th.allocation.serve.SchoolExplainer} the place where an explanation of one school in words is
 * plugged in. Built on the engine's public API only.
 */
package th.allocation.serve;
