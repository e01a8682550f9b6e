package io.scimgate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of docs/architecture.md ("Layers"), checked on shared's compiled main classes: the
 * SCIM protocol core, the access rules and the store ports know nothing of AWS or Lambda, and no
 * two packages depend on each other in a circle.
 */
@AnalyzeClasses(packages = "io.scimgate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreAccessAndStorePorts_useNoAwsOrLambdaTypes =
      noClasses()
          .that()
          .resideInAnyPackage("io.scimgate.scim..", "io.scimgate.access..", "io.scimgate.store")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("software.amazon..", "com.amazonaws..")
          .because("DynamoDB lives behind the store ports and Lambda behind the event adapter");

  @ArchTest
  static final ArchRule scimCore_doesNotReachIntoAdaptersOrWiring =
      noClasses()
          .that()
          .resideInAPackage("io.scimgate.scim..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.scimgate.store.dynamo..",
              "io.scimgate.lambda..",
              "io.scimgate.app..",
              "io.scimgate.admin..")
          .because("the protocol core is handed its stores and is wired by the composition root");

  @ArchTest
  static final ArchRule packages_areFreeOfCycles =
      slices().matching("io.scimgate.(**)").should().beFreeOfCycles();
}
