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
package th.allocation.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.allocation.engine.AllocationEngine;
import th.allocation.output.ReportLanguage;
import th.allocation.serve.Workbench;
import th.allocation.serve.WorkbenchOptions;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = {
            "Serves a live workbench: a local web page where the scenario's parameters can be changed and the"
                    + " allocation follows every change, against the scenario as loaded.",
            "Prints the address to open; Ctrl-C stops it. On an address other than 127.0.0.1 every request"
                    + " needs the access token printed at start (it is in the address printed)."
        })
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ScenarioInputs inputs;

    @Mixin
    EquityOptions equity;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "" + WorkbenchOptions.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other"
                    + " address requires the access token printed at start.")
    String host;

    @Option(
            names = "--token",
            description = "Require the access token on 127.0.0.1 too, e.g. on a machine other users share (it is"
                    + " always required on another address).")
    boolean token;

    @Option(
            names = "--lang",
            paramLabel = "th|en",
            defaultValue = "en",
            converter = ReportOptions.LanguageConverter.class,
            description = "The page's language (default: ${DEFAULT-VALUE}); the page can switch.")
    ReportLanguage language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        AllocationEngine engine = inputs.engine();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean traces = ((AllocCommand) spec.root().userObject()).verbose; // --verbose: stack traces
        WorkbenchOptions options = WorkbenchOptions.defaults()
                .withHost(host)
                .withPort(port)
                .withLanguage(language.key())
                .withRequireToken(token)
                .withAtkinsonEpsilon(equity.atkinsonEpsilon());
        Workbench workbench = Workbench.start(engine, options, e -> {
            synchronized (err) {
                err.println("error while serving: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                if (traces) {
                    e.printStackTrace(err);
                }
                err.flush();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.close();
            out.println("Stopped.");
            out.flush();
        }));
        out.printf(
                Locale.ROOT,
                "Serving %s (%,d schools) at %s%n",
                engine.scenario().name().isEmpty()
                        ? inputs.scenarioFile
                        : engine.scenario().name(),
                engine.schools().size(),
                workbench.address());
        workbench
                .token()
                .ifPresent(
                        token -> out.println("Access token (in the address above; every request needs it): " + token));
        out.println("Open the address in a browser; press Ctrl-C to stop.");
        out.flush();
        workbench.awaitClose();
        return 0;
    }
}
