package nl.onderwijsloket.portal.catalogue.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's screens show what other features offer (enrolment's actions under each edition) through
 * the shell's contribution interfaces, never by using those features themselves.
 */
class CoursePageKnowsNoOtherFeatureTest {

    @Test
    void theCataloguesScreensDoNotUseEnrolment() {
        noClasses().that().resideInAPackage("nl.onderwijsloket.portal.catalogue.ui..")
                .should().dependOnClassesThat().resideInAPackage("nl.onderwijsloket.portal.enrolment..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.onderwijsloket.portal"));
    }
}
