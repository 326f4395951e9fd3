package io.crimelake.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the gateway's dependencies pointing inward: adapters to application to domain. */
@AnalyzeClasses(packages = "io.crimelake.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_on_nothing_but_java_and_the_lake_format = classes()
            .that()
            .resideInAPackage("..gateway.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "..gateway.domain..", "io.crimelake.lakeformat..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule application_does_not_depend_on_adapters_or_config = noClasses()
            .that()
            .resideInAPackage("..gateway.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..gateway.adapter..", "..gateway.config..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule application_does_not_depend_on_frameworks = noClasses()
            .that()
            .resideInAPackage("..gateway.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "com.vaadin..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices().matching(
                    "io.crimelake.gateway.adapter.(*).(*)..")
            .should()
            .notDependOnEachOther()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule edge_features_meet_only_in_config_and_problem_responses = slices().matching(
                    "io.crimelake.gateway.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(resideInAPackage("..gateway.config.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAPackage("..gateway.problem.."));
}
