package org.valuematrix;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Core's boundaries, enforced: no host, Jetty, Jersey or adapter types anywhere in core (the
 * hosts' types come only through the ports), and the ports depend on nothing else of ours.
 */
@AnalyzeClasses(packages = "org.valuematrix",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreShouldNotDependOnHostsOrTheirContainers = noClasses()
            .that().resideInAPackage("org.valuematrix..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "org.eclipse.jetty..",
                    "org.glassfish..", "com.sun.jersey..", "org.valuematrix.standalone..", "org.valuematrix.plugin..")
            .because("core runs unchanged in Confluence, Jira and the standalone host");

    @ArchTest
    static final ArchRule portsShouldDependOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage("org.valuematrix.spi..")
            .should().dependOnClassesThat(resideInAPackage("org.valuematrix..")
                    .and(not(resideInAPackage("org.valuematrix.spi.."))))
            .because("hosts implement the ports without pulling in core's internals");

    @ArchTest
    static final ArchRule coreShouldNotUseJerseyOrJakartaRestTypes = noClasses()
            .that().resideInAPackage("org.valuematrix..")
            .should().dependOnClassesThat(resideInAnyPackage("jakarta..", "javax.ws.rs.client..", "javax.ws.rs.container.."))
            .because("resources stay within JAX-RS 1.1, the subset Jersey 1 and 2 hosts share");

    @ArchTest
    static final ArchRule featurePackagesShouldBeFreeOfCycles = slices()
            .matching("org.valuematrix.(*)..")
            .should().beFreeOfCycles();
}
