package com.computeledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of docs/adr/0002, written once over a root package so that the same rules check the
 * production code ({@code com.computeledger}) and a set of deliberately bad classes that prove each rule fails.
 */
final class ArchitectureRules {

    private static final String JDK = "java..";

    /** {@code javax.sql.DataSource}, the JDK's own type that the storage factory port is opened on. */
    private static final String JDK_DATA_SOURCE = "javax.sql..";

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnTheJdkAlone(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", JDK)
                .because("the domain compiles with the JDK alone: no framework, no annotation library (rule "
                        + "'domain-is-pure', see docs/adr/0002-module-boundaries.md). To fix: move the framework "
                        + "code into an adapter and keep a plain Java type or an interface (a port) in the domain");
    }

    static ArchRule applicationDependsOnTheDomainAlone(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".application..", root + ".domain..", JDK,
                        JDK_DATA_SOURCE)
                .because("use cases and ports know the domain and the JDK only; frameworks live in adapters (rule "
                        + "'application-is-framework-free', see docs/adr/0002-module-boundaries.md). To fix: "
                        + "declare what you need as an out-port interface in application.<feature>.port.out and "
                        + "implement it in an adapter");
    }

    static ArchRule webAdapterCallsInPortsOnly(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.web..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".application..service..",
                        root + ".application..port.out..", root + ".adapters.persistence..")
                .because("resources drive the application through its in-ports only, never a service, an out-port "
                        + "or storage (rule 'web-uses-in-ports', see docs/adr/0002-module-boundaries.md). To fix: "
                        + "add the operation to the feature's in-port (application.<feature>.port.in) and take that "
                        + "interface in the resource's constructor");
    }

    static ArchRule persistenceAdapterNeverReachesTheWeb(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapters.web..", root + ".bootstrap..")
                .because("adapters never depend on each other (rule 'adapters-are-independent', see "
                        + "docs/adr/0002-module-boundaries.md). To fix: let the persistence adapter implement an "
                        + "out-port of the application, and leave HTTP and wiring to adapters-web");
    }

    static ArchRule nothingButPersistenceNamesPersistence(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.persistence..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapters.persistence..")
                .because("the web adapter and its composition root find the persistence adapter at run time through "
                        + "LedgerStorage.Factory and java.util.ServiceLoader, so no other module compiles against "
                        + "it: use the out-ports instead (rule 'storage-found-at-run-time', see "
                        + "docs/adr/0016-storage-found-at-run-time.md). To fix: reach storage through LedgerStorage "
                        + "and the out-ports it opens, never an adapters.persistence class");
    }

    static ArchRule onlyTheCompositionRootNamesServices(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".application..", root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..service..")
                .because("services are constructed in the composition root and used through in-ports elsewhere "
                        + "(rule 'one-composition-root', see docs/adr/0001-composition-root-in-adapters-web.md). To "
                        + "fix: take the in-port interface instead, and construct the service in bootstrap "
                        + "(LedgerServices)");
    }
}
