package nl.onderwijsloket.portal.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.onderwijsloket.portal.catalogue.CatalogueService;
import nl.onderwijsloket.portal.catalogue.EditionPlanningService;
import nl.onderwijsloket.portal.catalogue.ProviderCatalogueService;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.common.RuleViolation;
import nl.onderwijsloket.portal.enrolment.EnrolmentOverview;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.MyLearningService;
import nl.onderwijsloket.portal.enrolment.ParticipantService;
import nl.onderwijsloket.portal.induction.GuidanceService;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.PairingService;
import nl.onderwijsloket.portal.induction.ProgrammeService;
import nl.onderwijsloket.portal.people.PeopleService;
import nl.onderwijsloket.portal.people.importing.EmployeeImportService;
import nl.onderwijsloket.portal.people.importing.ImportOutdatedException;
import nl.onderwijsloket.portal.security.LinkConflictException;
import nl.onderwijsloket.portal.security.SignInLinkService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Calls every public method of every service as every caller ({@link Who}): the visitor, the employee, a
 * starter and a mentor of the same board, HR of board A and of board B, provider P and provider Q, and the
 * coordinator, always with the ids of board A's, provider P's and the employee's records. A caller the
 * matrix does not allow must be refused (access denied, or a rule that says no) or answer only what is in
 * its own scope where the matrix says so (else nothing at all), and in both cases nothing of the region may have changed. An allowed caller's call must go
 * through and answer within its scope. A public service method that {@link ServiceMatrix} does not list
 * fails {@link #everyPublicServiceMethodIsInTheMatrix()}.
 */
@SpringBootTest
class AuthorizationMatrixTest {

    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger ANSWERED_WITHIN_SCOPE = new AtomicInteger();
    private static final AtomicInteger ALLOWED = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    @BeforeAll
    static void resetCounts() {
        REFUSED.set(0);
        ANSWERED_WITHIN_SCOPE.set(0);
        ALLOWED.set(0);
    }

    @AfterAll
    static void printSize() {
        System.out.printf("Authorization matrix: %d calls refused (or answered nothing) with nothing changed, %d answered only within"
                + " the caller's scope, %d allowed calls went through%n", REFUSED.get(), ANSWERED_WITHIN_SCOPE.get(),
                ALLOWED.get());
    }

    private ServiceMatrix matrix() {
        return new ServiceMatrix(bean(CatalogueService.class), bean(ProviderCatalogueService.class),
                bean(EditionPlanningService.class), bean(EnrolmentService.class), bean(EnrolmentOverview.class),
                bean(ParticipantService.class), bean(MyLearningService.class), bean(PeopleService.class),
                bean(EmployeeImportService.class), bean(SignInLinkService.class), bean(ProgrammeService.class),
                bean(InductionService.class), bean(PairingService.class), bean(GuidanceService.class));
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Test
    void everyPublicServiceMethodIsInTheMatrix() {
        Set<String> listed = new TreeSet<>();
        matrix().rows().forEach(row -> assertThat(listed.add(row.method())).as("listed twice: " + row.method()).isTrue());
        Set<String> found = publicServiceMethods();
        assertThat(found).as("public service methods (the matrix has %d of %d)", listed.size(), found.size())
                .containsExactlyInAnyOrderElementsOf(listed);
        System.out.printf("Authorization matrix: %d service methods x %d callers = %d calls%n", found.size(),
                Who.values().length, found.size() * Who.values().length);
    }

    /** {@code Service.method} of each public method of each public {@code @Service} bean of the portal. */
    private Set<String> publicServiceMethods() {
        Set<String> methods = new TreeSet<>();
        Map<String, Object> services = context.getBeansWithAnnotation(Service.class);
        for (Object bean : services.values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("nl.onderwijsloket.portal") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                    .map(Method::getName)
                    .forEach(name -> assertThat(methods.add(type.getSimpleName() + "." + name))
                            .as("overloaded service method %s.%s: name each overload in the matrix", type.getSimpleName(),
                                    name)
                            .isTrue());
        }
        return methods;
    }

    @TestFactory
    Stream<DynamicTest> everyServiceMethodAsEveryCaller() {
        return matrix().rows().stream().map(row -> DynamicTest.dynamicTest(
                row.method() + " (" + row.scope().label + ": " + row.allowed() + ")", () -> walk(row)));
    }

    private void walk(MatrixRow row) {
        var region = new MatrixRegion(jdbc, readSql, clock);
        try {
            Set<Who> others = EnumSet.allOf(Who.class);
            others.removeAll(row.allowed());
            for (Who who : others) {
                refusedOrWithinScope(row, who, region);
            }
            for (Who who : row.allowed()) {
                if (row.writes()) {
                    region.remove();
                    region = new MatrixRegion(jdbc, readSql, clock);
                }
                Object answer = call(row, who, region);
                row.check().verify(who, answer, region);
                ALLOWED.incrementAndGet();
            }
        } finally {
            SecurityContextHolder.clearContext();
            region.remove();
        }
    }

    private static void refusedOrWithinScope(MatrixRow row, Who who, MatrixRegion region) {
        String before = region.snapshot();
        Optional<Object> answer;
        try {
            region.signIn(who);
            answer = Optional.of(Optional.ofNullable(row.call().apply(region)));
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException | RuleViolation
                 | ImportOutdatedException | LinkConflictException e) {
            answer = Optional.empty();
        } catch (RuntimeException e) {
            throw new AssertionError(row.method() + " as " + who + " failed instead of refusing: " + e, e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(region.snapshot()).as("%s as %s changed the region", row.method(), who).isEqualTo(before);
        if (answer.isEmpty()) {
            REFUSED.incrementAndGet();
            return;
        }
        Object value = ((Optional<?>) answer.get()).orElse(null);
        if (!row.ownScope().contains(who)) {
            assertThat(nothing(value)).as("%s as %s (not allowed) answered %s", row.method(), who, value).isTrue();
            REFUSED.incrementAndGet();
            return;
        }
        try {
            row.check().verify(who, value, region);
        } catch (AssertionError e) {
            fail(row.method() + " as " + who + " (not allowed) answered outside its scope: " + value, e);
        }
        ANSWERED_WITHIN_SCOPE.incrementAndGet();
    }

    /** An answer that tells the caller nothing: no record, an empty list, a count of zero. */
    private static boolean nothing(Object value) {
        return value == null
                || value instanceof Optional<?> optional && optional.isEmpty()
                || value instanceof java.util.Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty()
                || value instanceof Number number && number.longValue() == 0
                || value instanceof String text && text.isEmpty()
                || value instanceof byte[] bytes && bytes.length == 0;
    }

    private static Object call(MatrixRow row, Who who, MatrixRegion region) {
        region.signIn(who);
        try {
            return row.call().apply(region);
        } catch (RuntimeException e) {
            throw new AssertionError(row.method() + " as " + who + " (allowed) was refused: " + e, e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
