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
package th.allocation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.allocation.engine.AllocationEngine;
import th.allocation.generate.SchoolGenerator;
import th.allocation.result.AllocationResult;

/**
 * The README's library recipe is compiled as it stands and run on every bundled scenario (formula,
 * targets and decentralised), so the recipe a newcomer copies is the one that works.
 */
class ReadmeSnippetTest {
    @TempDir
    static Path classes;

    private static Method snippet;

    /** Compiles the README's first Java block inside a method that is given {@code scenarioFile}. */
    @BeforeAll
    static void compileTheReadmeSnippet() throws IOException, ReflectiveOperationException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README has a Java snippet");
        String source = String.join(
                "\n",
                "package readme;",
                "import java.math.BigDecimal;",
                "import java.nio.file.Path;",
                "import th.allocation.engine.AllocationEngine;",
                "import th.allocation.model.Baht;",
                "import th.allocation.model.SchoolTable;",
                "import th.allocation.result.*;",
                "public final class Snippet {",
                "  public static AllocationResult run(Path scenarioFile) {",
                block.group(1),
                "    return result;",
                "  }",
                "}");
        Path file = classes.resolve("readme").resolve("Snippet.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean compiled = compiler.getTask(
                        messages,
                        null,
                        null,
                        List.of(
                                "-classpath",
                                System.getProperty("java.class.path"),
                                "-d",
                                classes.toString(),
                                "-proc:none"),
                        null,
                        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(file))
                .call();
        assertTrue(compiled, "the README's snippet compiles:\n" + messages + "\n" + source);
        URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeSnippetTest.class.getClassLoader());
        snippet = loader.loadClass("readme.Snippet").getMethod("run", Path.class);
    }

    @TempDir
    static Path national;

    /**
     * Every bundled scenario. The national school file is generated, not committed (./alloc writes it
     * on first use), so the Thailand scenarios run from a copy of their folder beside the same file:
     * seed 2565, 29,449 schools, as the launcher generates it.
     */
    static Stream<Path> bundledScenarios() throws IOException {
        Path thailand = national.resolve("thailand");
        if (!Files.exists(thailand.resolve("schools.csv"))) {
            copyFolder(Path.of("thailand"), thailand);
            SchoolGenerator.national().writeCsv(thailand.resolve("schools.csv"));
        }
        try (Stream<Path> small = Files.list(Path.of("small"));
                Stream<Path> large = Files.list(thailand)) {
            List<Path> scenarios = Stream.concat(small, large)
                    .filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .collect(Collectors.toList());
            assertFalse(scenarios.isEmpty());
            return scenarios.stream();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("schools.csv")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void readmeSnippet_runsOnEveryBundledScenario_andTheSchoolsAddUpToTheBudget(Path scenario)
            throws IllegalAccessException {
        AllocationResult result;
        try {
            result = (AllocationResult) snippet.invoke(null, scenario);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the README's snippet fails on " + scenario + ": " + e.getCause(), e.getCause());
        }
        assertEquals(
                AllocationEngine.load(scenario).scenario(), result.scenario(), "the snippet allocates the file given");
        long sum = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            assertTrue(result.allocation(i) >= 0, "school " + result.schools().id(i));
            sum += result.allocation(i);
        }
        assertEquals(result.total(), sum, "the schools add up to the total");
        if (result.scenario().budget() != null) {
            assertEquals(result.scenario().budgetSatang().getAsLong(), result.total(), "the budget is spent exactly");
        }
    }
}
