package com.computeledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every module rule on the production classes of all four modules, and proves that each rule can
 * fail by running it on {@code badexample}, a package of test classes that break it on purpose, with a message that
 * says what is wrong, why the rule exists (its ADR) and how to fix it.
 * ArchUnit's empty-rule check stays on (src/test/resources/archunit.properties): a rule whose package
 * matched nothing fails instead of passing silently.
 */
class ArchitectureTest {

    private static final String PRODUCTION_ROOT = "com.computeledger";
    private static final String BAD_EXAMPLE_ROOT = "com.computeledger.architecture.badexample";

    /** The main classes of all four modules, whether Maven puts them on the classpath as folders or jars. */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(PRODUCTION_ROOT);

    private static final JavaClasses BAD_EXAMPLES = new ClassFileImporter().importPackages(BAD_EXAMPLE_ROOT);

    static Stream<Named<Function<String, ArchRule>>> rules() {
        return Stream.of(
                Named.of("domain-is-pure", ArchitectureRules::domainDependsOnTheJdkAlone),
                Named.of("application-is-framework-free", ArchitectureRules::applicationDependsOnTheDomainAlone),
                Named.of("web-uses-in-ports", ArchitectureRules::webAdapterCallsInPortsOnly),
                Named.of("adapters-are-independent", ArchitectureRules::persistenceAdapterNeverReachesTheWeb),
                Named.of("storage-found-at-run-time", ArchitectureRules::nothingButPersistenceNamesPersistence),
                Named.of("one-composition-root (services)", ArchitectureRules::onlyTheCompositionRootNamesServices));
    }

    @ParameterizedTest(name = "{0} holds for the production code")
    @MethodSource("rules")
    void productionCodeKeepsTheRule(Function<String, ArchRule> rule) {
        rule.apply(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @ParameterizedTest(name = "{0} fails on a class that breaks it")
    @MethodSource("rules")
    void theRuleCanFail(Function<String, ArchRule> rule) {
        EvaluationResult result = rule.apply(BAD_EXAMPLE_ROOT).evaluate(BAD_EXAMPLES);
        assertThat(result.hasViolation()).as("the rule reports the bad example").isTrue();
        assertThat(result.getFailureReport().toString()).as("what is wrong, why (the ADR) and how to fix it")
                .contains("should", "docs/adr/", "To fix: ");
    }
}
