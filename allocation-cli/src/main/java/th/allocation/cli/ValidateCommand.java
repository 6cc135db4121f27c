package th.allocation.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import th.allocation.AllocationEngine;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Scenario;

/** {@code alloc validate}: checks a scenario and its school file, and that the scenario is feasible. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = {
            "Checks the scenario and its school file and lists every problem found, with its location.",
            "Also checks that the scenario is feasible (floors within the budget, caps able to reach it).",
            "Writes nothing."
        })
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioInputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario = inputs.scenario();
        SchoolTable schools = inputs.schools(scenario);
        AllocationEngine.allocate(scenario, schools);
        long pupils = 0;
        for (int i = 0; i < schools.size(); i++) {
            pupils += schools.totalPupils(i);
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "OK: %s is valid and feasible; %s has %,d schools with %,d pupils.%n",
                inputs.scenarioFile, inputs.schoolsPath(scenario), schools.size(), pupils);
        return 0;
    }
}
