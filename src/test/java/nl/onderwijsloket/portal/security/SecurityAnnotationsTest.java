package nl.onderwijsloket.portal.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Services guard every public method with {@code @PreAuthorize}. The JSR-250 annotations belong on views
 * only: Spring's method security does not read them (see {@code SecurityConfig}), so on a service they
 * would look like a guard and be none.
 */
class SecurityAnnotationsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.onderwijsloket.portal");

    @Test
    void everyPublicMethodOfAPublicServiceHasPreAuthorize() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void jsr250AnnotationsAreUsedOnViewsOnly() {
        for (Class<? extends java.lang.annotation.Annotation> annotation
                : java.util.List.of(RolesAllowed.class, PermitAll.class, DenyAll.class)) {
            noClasses().that().resideOutsideOfPackage("..ui..")
                    .should().beAnnotatedWith(annotation)
                    .allowEmptyShould(true)
                    .check(CLASSES);
            noMethods().should().beAnnotatedWith(annotation)
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }
}
