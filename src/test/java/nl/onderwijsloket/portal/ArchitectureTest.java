package nl.onderwijsloket.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * Keeps the feature slices apart, the domain free of UI, and repositories behind services. The features are
 * found from the code (every package right under the root), so a new feature is covered with no edit here.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.onderwijsloket.portal";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    /** The shell ({@code ui}) and the shared kernel ({@code common}) are packages right under the root too. */
    private static final Set<String> FEATURES = CLASSES.stream()
            .map(JavaClass::getPackageName)
            .filter(name -> name.startsWith(ROOT + "."))
            .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void theFeaturesAreFoundFromTheCode() {
        assertThat(FEATURES).contains("catalogue", "enrolment", "people", "security", "notification", "desk", "ui");
    }

    @Test
    void featureSlicesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Enrolment listens to the catalogue; the course page takes enrolment's actions as a contribution. */
    @Test
    void theCatalogueDoesNotDependOnEnrolment() {
        noClasses().that().resideInAPackage(ROOT + ".catalogue..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".enrolment..")
                .check(CLASSES);
    }

    @Test
    void notificationDependsOnNoFeatureButCommon() {
        classes().that().resideInAPackage(ROOT + ".notification..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".notification..", ROOT + ".common..",
                        "java..", "jakarta..", "org..", "net.fortuna.ical4j..")
                .check(CLASSES);
    }

    @Test
    void onlyUiPackagesAndTheAppShellUseVaadinComponents() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..security.ui..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".Application")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotTouchRepositoriesOrPersistence() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "..data..", "jakarta.persistence..",
                        "org.springframework.jdbc..")
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void viewsArePackagePrivate() {
        classes().that().areAnnotatedWith(Route.class).should().notBePublic().check(CLASSES);
    }

    /** The shared kernel depends on no feature; the shell only on security (who is signed in, and as what). */
    @Test
    void theSharedKernelAndTheShellDependOnNoFeature() {
        for (String feature : FEATURES) {
            if (!Set.of("common", "ui", "security").contains(feature)) {
                noClasses().that().resideInAnyPackage(ROOT + ".common..", ROOT + ".ui..")
                        .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + "..")
                        .check(CLASSES);
            }
        }
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".security..")
                .check(CLASSES);
    }

    @Test
    void persistenceOfAFeatureIsOnlyUsedInsideThatFeature() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + ".data..")
                    .check(CLASSES);
        }
    }
}
