package io.scimgate.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * A function module's handlers only adapt: Lambda's stream in, one call into the composed service
 * ({@code io.scimgate.app}) through the event adapter ({@code io.scimgate.lambda}), bytes out. A
 * store, the SDK or the SCIM core used directly from a handler fails this. Each function module
 * runs it by extending it with an empty test class in its handler's package.
 */
public abstract class HandlerLayering {

  @Test
  void handlers_dependOnlyOnTheCompositionRootAndTheEventAdapter() {
    JavaClasses handlers =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(getClass().getPackageName());
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            getClass().getPackageName(),
            "io.scimgate.app",
            "io.scimgate.lambda",
            "com.amazonaws.services.lambda.runtime",
            "java..")
        .because("a handler is an adapter; the service lives in shared/ (docs/architecture.md)")
        .check(handlers);
  }
}
