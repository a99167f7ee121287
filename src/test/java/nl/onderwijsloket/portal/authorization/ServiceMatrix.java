package nl.onderwijsloket.portal.authorization;

import static nl.onderwijsloket.portal.authorization.MatrixRow.Scope.ANYONE;
import static nl.onderwijsloket.portal.authorization.MatrixRow.Scope.OWN_BOARD;
import static nl.onderwijsloket.portal.authorization.MatrixRow.Scope.OWN_PERSON;
import static nl.onderwijsloket.portal.authorization.MatrixRow.Scope.OWN_PROVIDER;
import static nl.onderwijsloket.portal.authorization.MatrixRow.Scope.REGION;
import static nl.onderwijsloket.portal.authorization.MatrixRow.Scope.ROLE;
import static nl.onderwijsloket.portal.authorization.MatrixRow.Scope.SIGNED_IN;
import static nl.onderwijsloket.portal.authorization.MatrixRow.callers;
import static nl.onderwijsloket.portal.authorization.Who.COORDINATOR;
import static nl.onderwijsloket.portal.authorization.Who.EMPLOYEE;
import static nl.onderwijsloket.portal.authorization.Who.HR;
import static nl.onderwijsloket.portal.authorization.Who.HR_OTHER_BOARD;
import static nl.onderwijsloket.portal.authorization.Who.MENTOR;
import static nl.onderwijsloket.portal.authorization.Who.OTHER_PROVIDER;
import static nl.onderwijsloket.portal.authorization.Who.PROVIDER;
import static nl.onderwijsloket.portal.authorization.Who.STARTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.onderwijsloket.portal.catalogue.CatalogueFilter;
import nl.onderwijsloket.portal.catalogue.CatalogueService;
import nl.onderwijsloket.portal.catalogue.EditionPlan;
import nl.onderwijsloket.portal.catalogue.EditionPlanningService;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.MeetingPlan;
import nl.onderwijsloket.portal.catalogue.ProviderCatalogueService;
import nl.onderwijsloket.portal.catalogue.ProviderEditionRow;
import nl.onderwijsloket.portal.catalogue.ProviderOption;
import nl.onderwijsloket.portal.enrolment.AuditEntry;
import nl.onderwijsloket.portal.enrolment.BoardEnrolment;
import nl.onderwijsloket.portal.enrolment.BookingResult;
import nl.onderwijsloket.portal.enrolment.CourseChoice;
import nl.onderwijsloket.portal.enrolment.EditionChoice;
import nl.onderwijsloket.portal.enrolment.EditionInfo;
import nl.onderwijsloket.portal.enrolment.EnrolmentOverview;
import nl.onderwijsloket.portal.enrolment.EnrolmentSearch;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.MyEnrolment;
import nl.onderwijsloket.portal.enrolment.MyLearning;
import nl.onderwijsloket.portal.enrolment.MyLearningService;
import nl.onderwijsloket.portal.enrolment.ParticipantList;
import nl.onderwijsloket.portal.enrolment.ParticipantService;
import nl.onderwijsloket.portal.induction.Helper;
import nl.onderwijsloket.portal.induction.MilestoneDraft;
import nl.onderwijsloket.portal.induction.MilestoneKind;
import nl.onderwijsloket.portal.induction.BoardCoverage;
import nl.onderwijsloket.portal.induction.CohortProposal;
import nl.onderwijsloket.portal.induction.Facility;
import nl.onderwijsloket.portal.induction.FacilityKind;
import nl.onderwijsloket.portal.induction.GuidanceDraft;
import nl.onderwijsloket.portal.induction.GuidanceEntry;
import nl.onderwijsloket.portal.induction.GuidanceService;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.InductionSettings;
import nl.onderwijsloket.portal.induction.MentorLoad;
import nl.onderwijsloket.portal.induction.MilestoneProgress;
import nl.onderwijsloket.portal.induction.Mentee;
import nl.onderwijsloket.portal.induction.MentorSuggestion;
import nl.onderwijsloket.portal.induction.MyGuidance;
import nl.onderwijsloket.portal.induction.PairingService;
import nl.onderwijsloket.portal.induction.ProgrammeDetails;
import nl.onderwijsloket.portal.induction.ProgrammeOption;
import nl.onderwijsloket.portal.induction.StarterDetails;
import nl.onderwijsloket.portal.induction.StarterFilter;
import nl.onderwijsloket.portal.induction.StarterRow;
import nl.onderwijsloket.portal.induction.UnplacedStarter;
import nl.onderwijsloket.portal.induction.ProgrammeKind;
import nl.onderwijsloket.portal.induction.ProgrammeService;
import nl.onderwijsloket.portal.induction.ProgrammeSummary;
import nl.onderwijsloket.portal.induction.TemplateChange;
import nl.onderwijsloket.portal.people.BoardOverview;
import nl.onderwijsloket.portal.people.EmployeeDetails;
import nl.onderwijsloket.portal.people.EmployeeFilter;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.people.PeopleService;
import nl.onderwijsloket.portal.people.SchoolOption;
import nl.onderwijsloket.portal.people.importing.EmployeeCsv;
import nl.onderwijsloket.portal.people.importing.EmployeeCsvParser;
import nl.onderwijsloket.portal.people.importing.EmployeeImportService;
import nl.onderwijsloket.portal.people.importing.ImportAction;
import nl.onderwijsloket.portal.people.importing.ImportPreview;
import nl.onderwijsloket.portal.people.importing.ImportResult;
import nl.onderwijsloket.portal.security.LinkCandidate;
import nl.onderwijsloket.portal.security.SignInLinkService;
import nl.onderwijsloket.portal.security.UnlinkedSignIn;

/**
 * The authorization matrix: every public method of every service, the callers who may call it, the scope
 * its answers must keep to, and the call with the ids of board A's, provider P's and the employee's records.
 * A new service method has to be added here, or {@code AuthorizationMatrixTest} fails.
 */
final class ServiceMatrix {

    private static final java.util.Locale DUTCH = java.util.Locale.of("nl");
    private static final Set<Who> EVERY_EMPLOYEE = callers(EMPLOYEE, STARTER, MENTOR);
    private static final Set<Who> HR_BOTH = callers(HR, HR_OTHER_BOARD);

    private final List<MatrixRow> rows = new ArrayList<>();

    ServiceMatrix(CatalogueService catalogue, ProviderCatalogueService providerCatalogue,
                  EditionPlanningService planning, EnrolmentService enrolments, EnrolmentOverview overview,
                  ParticipantService participants, MyLearningService learning, PeopleService people,
                  EmployeeImportService imports, SignInLinkService links, ProgrammeService programmes,
                  InductionService induction, PairingService pairings, GuidanceService guidance) {
        catalogue(catalogue);
        providerCatalogue(providerCatalogue);
        planning(planning);
        enrolment(enrolments);
        overview(overview);
        participants(participants);
        learning(learning);
        people(people);
        imports(imports);
        links(links);
        programmes(programmes);
        induction(induction);
        pairings(pairings);
        guidance(guidance);
    }

    List<MatrixRow> rows() {
        return List.copyOf(rows);
    }

    private void catalogue(CatalogueService s) {
        Set<Who> all = EnumSet.allOf(Who.class);
        read("CatalogueService.search", ANYONE, all, r -> s.search(CatalogueFilter.empty().withText("Matrixcursus"), 0, 10),
                (who, a, r) -> assertThat((List<?>) a).isNotEmpty());
        read("CatalogueService.start", ANYONE, all, r -> s.start(CatalogueFilter.empty(), 10),
                (who, a, r) -> assertThat(a).isNotNull());
        read("CatalogueService.providers", ANYONE, all, r -> s.providers(),
                (who, a, r) -> assertThat((List<?>) a).isNotEmpty());
        read("CatalogueService.course", ANYONE, all, r -> s.course(r.courseP),
                (who, a, r) -> assertThat((Optional<?>) a).isPresent());
        read("CatalogueService.pathways", ANYONE, all, r -> s.pathways(),
                (who, a, r) -> assertThat(a).isNotNull());
        read("CatalogueService.pathway", ANYONE, all, r -> s.pathway("niet-bestaand-" + r.tag),
                (who, a, r) -> assertThat((Optional<?>) a).isEmpty());
    }

    private void providerCatalogue(ProviderCatalogueService s) {
        Set<Who> providers = callers(PROVIDER, OTHER_PROVIDER);
        read("ProviderCatalogueService.ownProvider", OWN_PROVIDER, providers, r -> s.ownProvider(),
                (who, a, r) -> assertThat(((ProviderOption) a).id()).isEqualTo(ownProvider(who, r)));
        read("ProviderCatalogueService.ownEditions", OWN_PROVIDER, providers, r -> s.ownEditions(0, 100),
                (who, a, r) -> assertThat(list(a, ProviderEditionRow.class)).isNotEmpty()
                        .allSatisfy(row -> assertThat(row.courseId()).isEqualTo(who == PROVIDER ? r.courseP : r.courseQ)));
        read("ProviderCatalogueService.countOwnEditions", OWN_PROVIDER, providers, r -> s.countOwnEditions(),
                (who, a, r) -> {
                    if (who == PROVIDER) {
                        assertThat((Integer) a).isGreaterThanOrEqualTo(3);
                    } else {
                        assertThat((Integer) a).isEqualTo(1);
                    }
                });
    }

    private void planning(EditionPlanningService s) {
        Set<Who> provider = callers(PROVIDER);
        read("EditionPlanningService.ownCourse", OWN_PROVIDER, provider, r -> s.ownCourse(r.courseP),
                (who, a, r) -> present(who, provider, a));
        read("EditionPlanningService.edition", OWN_PROVIDER, provider, r -> s.edition(r.openEdition),
                (who, a, r) -> present(who, provider, a));
        write("EditionPlanningService.create", OWN_PROVIDER, provider, r -> s.create(r.courseP, plan(r, 90, 8)),
                (who, a, r) -> assertThat((Long) a).isPositive());
        write("EditionPlanningService.update", OWN_PROVIDER, provider,
                r -> run(() -> s.update(r.plannedEdition, r.version("edition", r.plannedEdition), plan(r, 60, 12), null)),
                ServiceMatrix::done);
        write("EditionPlanningService.addMeeting", OWN_PROVIDER, provider,
                r -> s.addMeeting(r.plannedEdition, meeting(r)), (who, a, r) -> assertThat((Long) a).isPositive());
        write("EditionPlanningService.updateMeeting", OWN_PROVIDER, provider,
                r -> run(() -> s.updateMeeting(r.plannedMeeting, r.version("meeting", r.plannedMeeting), meeting(r))),
                ServiceMatrix::done);
        write("EditionPlanningService.removeMeeting", OWN_PROVIDER, provider,
                r -> run(() -> s.removeMeeting(r.plannedMeeting, r.version("meeting", r.plannedMeeting))),
                ServiceMatrix::done);
    }

    private void enrolment(EnrolmentService s) {
        Set<Who> signedIn = EnumSet.complementOf(EnumSet.of(Who.VISITOR));
        read("EnrolmentService.mine", SIGNED_IN, signedIn, r -> s.mine(List.of(r.openEdition, r.offerEdition)),
                (who, a, r) -> {
                    @SuppressWarnings("unchecked")
                    Map<Long, MyEnrolment> mine = (Map<Long, MyEnrolment>) a;
                    switch (who) {
                        case EMPLOYEE -> assertThat(mine.values()).extracting(MyEnrolment::id)
                                .containsExactlyInAnyOrder(r.enrolled, r.offered);
                        case STARTER -> assertThat(mine.values()).extracting(MyEnrolment::id).containsExactly(r.awaiting);
                        default -> assertThat(mine).isEmpty();
                    }
                });
        write("EnrolmentService.enrolSelf", OWN_PERSON, EVERY_EMPLOYEE, r -> s.enrolSelf(r.qEdition),
                (who, a, r) -> assertThat(((BookingResult) a).employeeId()).isEqualTo(r.employeeOf(who)));
        write("EnrolmentService.book", OWN_BOARD, callers(HR), r -> s.book(r.openEdition, List.of(r.mentor)),
                (who, a, r) -> assertThat(list(a, BookingResult.class)).extracting(BookingResult::employeeId)
                        .containsExactly(r.mentor));
        write("EnrolmentService.cancel", OWN_PERSON, callers(EMPLOYEE, HR, PROVIDER, COORDINATOR),
                r -> run(() -> s.cancel(r.enrolled, "Matrix")), ServiceMatrix::done);
        write("EnrolmentService.approve", OWN_BOARD, callers(HR), r -> s.approve(r.awaiting),
                (who, a, r) -> assertThat(((BookingResult) a).employeeId()).isEqualTo(r.starter));
        write("EnrolmentService.decline", OWN_BOARD, callers(HR), r -> run(() -> s.decline(r.awaiting, "Matrix")),
                ServiceMatrix::done);
        write("EnrolmentService.acceptOffer", OWN_PERSON, callers(EMPLOYEE), r -> run(() -> s.acceptOffer(r.offered)),
                ServiceMatrix::done);
        write("EnrolmentService.declineOffer", OWN_PERSON, callers(EMPLOYEE), r -> run(() -> s.declineOffer(r.offered)),
                ServiceMatrix::done);
        write("EnrolmentService.complete", OWN_PROVIDER, callers(PROVIDER), r -> run(() -> s.complete(r.started)),
                ServiceMatrix::done);
        write("EnrolmentService.markNoShow", OWN_PROVIDER, callers(PROVIDER), r -> run(() -> s.markNoShow(r.started)),
                ServiceMatrix::done);
    }

    private void overview(EnrolmentOverview s) {
        Set<Who> staff = callers(HR, HR_OTHER_BOARD, COORDINATOR);
        Set<Who> hrAndCoordinator = callers(HR, COORDINATOR);
        read("EnrolmentOverview.edition", ROLE, callers(HR, HR_OTHER_BOARD, PROVIDER, OTHER_PROVIDER, COORDINATOR),
                r -> s.edition(r.openEdition),
                (who, a, r) -> assertThat(((Optional<?>) a).map(e -> ((EditionInfo) e).id())).contains(r.openEdition));
        read("EnrolmentOverview.openEditions", ROLE, staff, r -> s.openEditions("Matrixcursus", 0, 100),
                (who, a, r) -> assertThat(list(a, EditionInfo.class)).extracting(EditionInfo::id).contains(r.openEdition));
        read("EnrolmentOverview.countOpenEditions", ROLE, staff, r -> s.countOpenEditions("Matrixcursus"),
                (who, a, r) -> assertThat((Integer) a).isPositive());
        readOwnBoard("EnrolmentOverview.enrolments", hrAndCoordinator,
                r -> s.enrolments(searchBoardA(r), 0, 100),
                (who, a, r) -> {
                    List<Long> ids = list(a, BoardEnrolment.class).stream().map(BoardEnrolment::id).toList();
                    assertThat(ids).isNotEmpty();
                    assertThat(r.boardOfEnrolments(ids)).containsExactly(who == HR_OTHER_BOARD ? r.boardB : r.boardA);
                });
        readOwnBoard("EnrolmentOverview.countEnrolments", hrAndCoordinator, r -> s.countEnrolments(searchBoardA(r)),
                (who, a, r) -> assertThat((Integer) a).isEqualTo(who == HR_OTHER_BOARD ? 1 : 5));
        read("EnrolmentOverview.history", OWN_BOARD, hrAndCoordinator, r -> s.history(r.enrolled),
                (who, a, r) -> assertThat(list(a, AuditEntry.class)).isNotEmpty());
        read("EnrolmentOverview.enrolledCourses", OWN_BOARD, staff, r -> s.enrolledCourses("Matrixcursus", r.boardA, 0, 50),
                (who, a, r) -> assertThat(list(a, CourseChoice.class)).extracting(CourseChoice::id)
                        .containsExactly(r.courseP));
        read("EnrolmentOverview.countEnrolledCourses", OWN_BOARD, staff,
                r -> s.countEnrolledCourses("Matrixcursus", r.boardA), (who, a, r) -> assertThat((Integer) a).isOne());
        read("EnrolmentOverview.courseChoice", ROLE, staff, r -> s.courseChoice(r.courseP),
                (who, a, r) -> assertThat(((Optional<?>) a)).isPresent());
    }

    private void participants(ParticipantService s) {
        Set<Who> staff = callers(PROVIDER, OTHER_PROVIDER, HR, HR_OTHER_BOARD, COORDINATOR);
        Set<Who> ofTheEdition = callers(PROVIDER, HR, COORDINATOR);
        read("ParticipantService.editions", OWN_PROVIDER, staff, r -> s.editions("Matrixcursus", 0, 100),
                (who, a, r) -> assertThat(list(a, EditionChoice.class).stream().map(EditionChoice::id).toList())
                        .containsExactlyInAnyOrderElementsOf(editionsInScope(who, r)));
        read("ParticipantService.countEditions", OWN_PROVIDER, staff, r -> s.countEditions("Matrixcursus"),
                (who, a, r) -> assertThat((Integer) a).isEqualTo(editionsInScope(who, r).size()));
        read("ParticipantService.edition", OWN_PROVIDER, ofTheEdition, r -> s.edition(r.startedEdition),
                (who, a, r) -> present(who, ofTheEdition, a));
        read("ParticipantService.participants", OWN_PROVIDER, ofTheEdition, r -> s.participants(r.startedEdition),
                (who, a, r) -> {
                    if (ofTheEdition.contains(who)) {
                        var list = (ParticipantList) ((Optional<?>) a).orElseThrow();
                        assertThat(list.manage()).isEqualTo(who == PROVIDER);
                        assertThat(list.participants()).extracting(ParticipantList.Participant::enrolmentId)
                                .containsExactly(r.started);
                    } else {
                        ((Optional<?>) a).ifPresent(list -> assertThat(((ParticipantList) list).participants()).isEmpty());
                    }
                });
        write("ParticipantService.recordAttendance", OWN_PROVIDER, callers(PROVIDER),
                r -> run(() -> s.recordAttendance(r.startedMeeting, r.started, true)), ServiceMatrix::done);
    }

    private void learning(MyLearningService s) {
        read("MyLearningService.enrolments", OWN_PERSON, EVERY_EMPLOYEE, r -> s.enrolments(0, 100),
                (who, a, r) -> assertThat(list(a, MyLearning.Enrolment.class)).extracting(MyLearning.Enrolment::id)
                        .containsExactlyInAnyOrderElementsOf(enrolmentsOf(who, r)));
        read("MyLearningService.countEnrolments", OWN_PERSON, EVERY_EMPLOYEE, r -> s.countEnrolments(),
                (who, a, r) -> assertThat((Integer) a).isEqualTo(enrolmentsOf(who, r).size()));
        read("MyLearningService.upcomingMeetings", OWN_PERSON, EVERY_EMPLOYEE, r -> s.upcomingMeetings(50),
                (who, a, r) -> {
                    var ids = list(a, MyLearning.Meeting.class).stream().map(MyLearning.Meeting::id).toList();
                    if (who == EMPLOYEE) {
                        assertThat(ids).contains(r.openMeeting);
                    } else {
                        assertThat(ids).doesNotContain(r.openMeeting, r.startedMeeting);
                    }
                });
        read("MyLearningService.pathways", OWN_PERSON, EVERY_EMPLOYEE, r -> s.pathways(),
                (who, a, r) -> assertThat(list(a, MyLearning.PathwayProgress.class))
                        .allSatisfy(p -> assertThat(p.completedSteps()).isZero()));
        read("MyLearningService.completed", OWN_PERSON, EVERY_EMPLOYEE, r -> s.completed(0, 100),
                (who, a, r) -> assertThat(list(a, MyLearning.CompletedCourse.class))
                        .extracting(MyLearning.CompletedCourse::enrolmentId)
                        .containsExactlyElementsOf(who == EMPLOYEE ? List.of(r.completed) : List.of()));
        read("MyLearningService.countCompleted", OWN_PERSON, EVERY_EMPLOYEE, r -> s.countCompleted(),
                (who, a, r) -> assertThat((Integer) a).isEqualTo(who == EMPLOYEE ? 1 : 0));
        read("MyLearningService.hoursPerYear", OWN_PERSON, EVERY_EMPLOYEE, r -> s.hoursPerYear(),
                (who, a, r) -> assertThat(list(a, MyLearning.YearTotal.class).stream()
                        .mapToInt(MyLearning.YearTotal::hours).sum()).isEqualTo(who == EMPLOYEE ? 12 : 0));
        read("MyLearningService.recordCsv", OWN_PERSON, EVERY_EMPLOYEE, r -> s.recordCsv(DUTCH),
                (who, a, r) -> {
                    if (who == EMPLOYEE) {
                        assertThat((String) a).contains("Matrixcursus P");
                    } else {
                        assertThat((String) a).doesNotContain("Matrixcursus");
                    }
                });
        read("MyLearningService.certificate", OWN_PERSON, callers(EMPLOYEE), r -> s.certificate(r.completed, DUTCH),
                (who, a, r) -> assertThat(new String((byte[]) a, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
    }

    private void people(PeopleService s) {
        Set<Who> hrAndCoordinator = callers(HR, COORDINATOR);
        Set<Who> staff = callers(HR, HR_OTHER_BOARD, COORDINATOR);
        readOwnBoard("PeopleService.employees", hrAndCoordinator,
                r -> s.employees(EmployeeFilter.empty().withBoard(r.boardA), 0, 100),
                (who, a, r) -> assertThat(list(a, EmployeeRow.class)).extracting(EmployeeRow::id)
                        .containsExactlyInAnyOrderElementsOf(who == HR_OTHER_BOARD ? List.of(r.employeeB)
                                : List.of(r.employee, r.starter, r.mentor, r.newcomer, r.resting)));
        readOwnBoard("PeopleService.countEmployees", hrAndCoordinator,
                r -> s.countEmployees(EmployeeFilter.empty().withBoard(r.boardA)),
                (who, a, r) -> assertThat((Integer) a).isEqualTo(who == HR_OTHER_BOARD ? 1 : 5));
        read("PeopleService.employee", OWN_BOARD, hrAndCoordinator, r -> s.employee(r.employee),
                (who, a, r) -> assertThat(((Optional<?>) a).map(e -> ((EmployeeDetails) e).id())).contains(r.employee));
        read("PeopleService.schools", OWN_BOARD, staff, r -> s.schools(),
                (who, a, r) -> {
                    var ids = list(a, SchoolOption.class).stream().map(SchoolOption::id).toList();
                    switch (who) {
                        case HR -> assertThat(ids).contains(r.schoolA).doesNotContain(r.schoolB);
                        case HR_OTHER_BOARD -> assertThat(ids).contains(r.schoolB).doesNotContain(r.schoolA);
                        default -> assertThat(ids).contains(r.schoolA, r.schoolB);
                    }
                });
        read("PeopleService.boards", REGION, callers(COORDINATOR), r -> s.boards(),
                (who, a, r) -> assertThat(list(a, BoardOverview.class)).extracting(BoardOverview::id)
                        .contains(r.boardA, r.boardB));
    }

    private void imports(EmployeeImportService s) {
        read("EmployeeImportService.preview", OWN_BOARD, HR_BOTH, r -> s.preview(csv(r)),
                (who, a, r) -> {
                    var rows = ((ImportPreview) a).rows();
                    if (who == HR) {
                        assertThat(rows).singleElement().satisfies(row -> {
                            assertThat(row.action()).isEqualTo(ImportAction.UPDATE);
                            assertThat(row.employeeId()).isEqualTo(r.employee);
                        });
                    } else {
                        // Board A's employee is neither shown nor matched to HR of board B.
                        assertThat(rows).allSatisfy(row -> {
                            assertThat(row.employeeId()).isNull();
                            assertThat(row.action()).isEqualTo(ImportAction.ERROR);
                        });
                    }
                });
        write("EmployeeImportService.commit", OWN_BOARD, callers(HR),
                r -> s.commit(csv(r), r.as(HR, () -> s.preview(csv(r))), (done, total) -> { }),
                (who, a, r) -> {
                    var result = (ImportResult) a;
                    assertThat(result.created() + result.updated()).isEqualTo(who == HR ? 1 : 0);
                });
    }

    private void links(SignInLinkService s) {
        Set<Who> coordinator = callers(COORDINATOR);
        read("SignInLinkService.unlinkedSignIns", REGION, coordinator, r -> s.unlinkedSignIns(0, 1000),
                (who, a, r) -> assertThat(list(a, UnlinkedSignIn.class)).extracting(UnlinkedSignIn::subject)
                        .contains(r.unlinkedSubject));
        read("SignInLinkService.unlinkedSignIn", REGION, coordinator, r -> s.unlinkedSignIn(r.unlinkedSubject),
                (who, a, r) -> assertThat((Optional<?>) a).isPresent());
        read("SignInLinkService.countUnlinkedSignIns", REGION, coordinator, r -> s.countUnlinkedSignIns(),
                (who, a, r) -> assertThat((Integer) a).isPositive());
        read("SignInLinkService.candidates", REGION, coordinator, r -> s.candidates("Matrix", 0, 50),
                (who, a, r) -> assertThat(list(a, LinkCandidate.class)).isNotEmpty());
        write("SignInLinkService.link", REGION, coordinator,
                r -> run(() -> s.link(r.unlinkedSubject, new LinkCandidate(LinkCandidate.Kind.ACCOUNT,
                        r.user(MENTOR).accountId(), "Mila Matrix", null, null))),
                ServiceMatrix::done);
        write("SignInLinkService.dismiss", REGION, coordinator, r -> run(() -> s.dismiss(r.unlinkedSubject)),
                ServiceMatrix::done);
    }

    private void induction(InductionService s) {
        Set<Who> hrA = callers(HR);
        readOwnBoard("InductionService.starters", callers(HR, COORDINATOR), r -> s.starters(StarterFilter.all(), 0, 100),
                (who, a, r) -> {
                    var ids = list(a, StarterRow.class).stream().map(StarterRow::placementId).toList();
                    if (who == HR_OTHER_BOARD) {
                        assertThat(ids).isEmpty();
                    } else {
                        assertThat(ids).contains(r.starterPlacement, r.employeePlacement);
                    }
                });
        readOwnBoard("InductionService.countStarters", callers(HR, COORDINATOR), r -> s.countStarters(StarterFilter.all()),
                (who, a, r) -> {
                    if (who == HR) {
                        assertThat((Integer) a).isEqualTo(4);
                    } else if (who == HR_OTHER_BOARD) {
                        assertThat((Integer) a).isZero();
                    } else {
                        assertThat((Integer) a).isGreaterThanOrEqualTo(4);
                    }
                });
        read("InductionService.coverage", REGION, callers(COORDINATOR), r -> s.coverage(),
                (who, a, r) -> assertThat(list(a, BoardCoverage.class)).filteredOn(c -> c.boardId() == r.boardA)
                        .singleElement().satisfies(c -> {
                            assertThat(c.starters()).isEqualTo(4);
                            assertThat(c.withMentor()).isEqualTo(1);
                        }));
        read("InductionService.starter", OWN_BOARD, hrA, r -> s.starter(r.starterPlacement),
                (who, a, r) -> assertThat((Optional<?>) a).get().satisfies(d -> {
                    var details = (StarterDetails) d;
                    assertThat(details.row().meetings()).isOne();
                    assertThat(details.sharedEntries()).isEmpty();
                    assertThat(details.toString()).doesNotContain("vertrouwelijk");
                }));
        readOwnBoard("InductionService.programmes", hrA, r -> s.programmes(),
                (who, a, r) -> assertThat(list(a, ProgrammeOption.class)).extracting(ProgrammeOption::id)
                        .containsExactly(who == HR ? r.programmeA : r.programmeB));
        readOwnBoard("InductionService.unplacedStarters", hrA, r -> s.unplacedStarters(),
                (who, a, r) -> assertThat(list(a, UnplacedStarter.class)).extracting(UnplacedStarter::employeeId)
                        .doesNotContain(r.starter, r.employee, r.employeeB));
        write("InductionService.place", OWN_BOARD, hrA, r -> s.place(r.mentor, r.programmeA, r.today),
                (who, a, r) -> assertThat((Long) a).isPositive());
        write("InductionService.saveFacility", OWN_BOARD, hrA,
                r -> run(() -> s.saveFacility(r.starterPlacement, new Facility(1, FacilityKind.EXTRA_HOURS, 40, 5, -1))),
                (who, a, r) -> assertThat(r.as(HR, () -> s.starter(r.starterPlacement)).orElseThrow().facilities())
                        .extracting(Facility::granted).containsExactly(40));
        write("InductionService.setMentorCapacity", OWN_BOARD, hrA, r -> run(() -> s.setMentorCapacity(r.mentor, 4)),
                (who, a, r) -> assertThat(r.as(HR, s::mentors)).filteredOn(m -> m.employeeId() == r.mentor)
                        .singleElement().extracting(MentorLoad::capacity).isEqualTo(4));
        readOwnBoard("InductionService.mentors", hrA, r -> s.mentors(),
                (who, a, r) -> {
                    var ids = list(a, MentorLoad.class).stream().map(MentorLoad::employeeId).toList();
                    if (who == HR) {
                        assertThat(ids).contains(r.mentor);
                    } else {
                        assertThat(ids).doesNotContain(r.mentor);
                    }
                });
        readOwnBoard("InductionService.settings", hrA, r -> s.settings(),
                (who, a, r) -> assertThat(((InductionSettings) a).unpairedDays()).isPositive());
        write("InductionService.saveSettings", OWN_BOARD, HR_BOTH,
                r -> run(() -> s.saveSettings(new InductionSettings(false, 21, 5, s.settings().version()))),
                (who, a, r) -> assertThat(r.as(who, s::settings).unpairedDays()).isEqualTo(21));
        read("InductionService.suggestions", OWN_BOARD, hrA, r -> s.suggestions(r.employeePlacement, 5),
                (who, a, r) -> assertThat(list(a, MentorSuggestion.class)).isNotEmpty()
                        .allSatisfy(m -> assertThat(m.freePlaces()).isPositive())
                        .extracting(MentorSuggestion::mentorId).doesNotContain(r.employee));
        readOwnBoard("InductionService.cohort", hrA, r -> s.cohort(),
                (who, a, r) -> {
                    var pairs = ((CohortProposal) a).pairs();
                    if (who == HR) {
                        assertThat(pairs).singleElement().satisfies(p -> {
                            assertThat(p.placementId()).isEqualTo(r.employeePlacement);
                            assertThat(p.mentor().mentorId()).isNotEqualTo(r.employee);
                        });
                    } else {
                        assertThat(pairs).isEmpty();
                    }
                });
    }

    private void pairings(PairingService s) {
        Set<Who> hrA = callers(HR);
        Set<Who> mentor = callers(MENTOR);
        Set<Who> pair = callers(STARTER, MENTOR);
        write("PairingService.pair", OWN_BOARD, hrA, r -> s.pair(r.employeePlacement, r.mentor),
                (who, a, r) -> assertThat((Long) a).isPositive());
        write("PairingService.confirmCohort", OWN_BOARD, hrA,
                r -> s.confirmCohort(List.of(new CohortProposal.Choice(r.employeePlacement, r.mentor))),
                (who, a, r) -> assertThat((Integer) a).isOne());
        write("PairingService.accept", OWN_PERSON, mentor, r -> run(() -> s.accept(r.proposedPairing)), ServiceMatrix::done);
        write("PairingService.decline", OWN_PERSON, mentor, r -> run(() -> s.decline(r.proposedPairing, "Geen tijd")),
                ServiceMatrix::done);
        write("PairingService.pause", OWN_BOARD, hrA, r -> run(() -> s.pause(r.activePairing, "Verlof")),
                ServiceMatrix::done);
        write("PairingService.resume", OWN_BOARD, hrA, r -> run(() -> s.resume(r.pausedPairing)), ServiceMatrix::done);
        write("PairingService.end", OWN_BOARD, hrA, r -> run(() -> s.end(r.activePairing, "Vertrek")),
                ServiceMatrix::done);
        write("PairingService.handOver", OWN_BOARD, hrA, r -> s.handOver(r.activePairing, r.employee, "Verlof"),
                (who, a, r) -> assertThat((Long) a).isPositive());
        write("PairingService.answerFit", OWN_PERSON, pair, r -> run(() -> s.answerFit(r.activePairing, true)),
                ServiceMatrix::done);
    }

    private void guidance(GuidanceService s) {
        Set<Who> pair = callers(STARTER, MENTOR);
        read("GuidanceService.mentees", OWN_PERSON, EVERY_EMPLOYEE, r -> s.mentees(),
                (who, a, r) -> assertThat(list(a, Mentee.class)).extracting(Mentee::pairingId)
                        .containsExactlyInAnyOrderElementsOf(who == MENTOR
                                ? List.of(r.activePairing, r.proposedPairing, r.pausedPairing) : List.of()));
        read("GuidanceService.myGuidance", OWN_PERSON, EVERY_EMPLOYEE, r -> s.myGuidance(),
                (who, a, r) -> {
                    var mine = (Optional<?>) a;
                    switch (who) {
                        case STARTER -> assertThat(mine.map(m -> ((MyGuidance) m).placementId())).contains(r.starterPlacement);
                        case EMPLOYEE -> assertThat(mine.map(m -> ((MyGuidance) m).placementId()))
                                .contains(r.employeePlacement);
                        default -> assertThat(mine).isEmpty();
                    }
                });
        read("GuidanceService.log", OWN_PERSON, pair, r -> s.log(r.activePairing),
                (who, a, r) -> assertThat(list(a, GuidanceEntry.class)).extracting(GuidanceEntry::id)
                        .containsExactly(r.guidanceEntry));
        write("GuidanceService.addEntry", OWN_PERSON, pair,
                r -> s.addEntry(r.activePairing, new GuidanceDraft(r.today, "Matrixonderwerp", null, null)),
                (who, a, r) -> assertThat((Long) a).isPositive());
        write("GuidanceService.share", OWN_PERSON, callers(STARTER), r -> run(() -> s.share(r.guidanceEntry, true)),
                ServiceMatrix::done);
        write("GuidanceService.planMeeting", OWN_PERSON, pair,
                r -> s.planMeeting(r.activePairing, r.today.plusDays(3).atTime(15, 0), r.today.plusDays(3).atTime(16, 0),
                        "Matrixschool"),
                (who, a, r) -> assertThat((Long) a).isPositive());
        write("GuidanceService.moveMeeting", OWN_PERSON, pair,
                r -> run(() -> s.moveMeeting(r.guidanceMeeting, r.today.plusDays(5).atTime(9, 0),
                        r.today.plusDays(5).atTime(10, 0), "Matrixlokaal")), ServiceMatrix::done);
        write("GuidanceService.cancelMeeting", OWN_PERSON, pair, r -> run(() -> s.cancelMeeting(r.guidanceMeeting)),
                ServiceMatrix::done);
        read("GuidanceService.menteeProgress", OWN_PERSON, callers(MENTOR), r -> s.menteeProgress(r.activePairing),
                (who, a, r) -> assertThat(list(a, MilestoneProgress.class)).extracting(MilestoneProgress::milestoneId)
                        .contains(r.milestoneA));
        write("GuidanceService.recordMilestone", OWN_PERSON, pair,
                r -> run(() -> s.recordMilestone(r.starterPlacement, r.milestoneA, r.today, null)), ServiceMatrix::done);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private void programmes(ProgrammeService s) {
        Set<Who> hrA = callers(HR);
        read("ProgrammeService.templates", ROLE, callers(HR, HR_OTHER_BOARD, COORDINATOR), r -> s.templates(),
                (who, a, r) -> assertThat(list(a, ProgrammeSummary.class)).extracting(ProgrammeSummary::kind)
                        .containsExactly(ProgrammeKind.values()));
        readOwnBoard("ProgrammeService.boardProgrammes", hrA, r -> s.boardProgrammes(),
                (who, a, r) -> assertThat(list(a, ProgrammeSummary.class)).extracting(ProgrammeSummary::id)
                        .containsExactly(who == HR ? r.programmeA : r.programmeB));
        read("ProgrammeService.programme", OWN_BOARD, callers(HR, COORDINATOR), r -> s.programme(r.programmeA),
                (who, a, r) -> assertThat(((Optional<?>) a).map(d -> ((ProgrammeDetails) d).programme().boardId()))
                        .contains(r.boardA));
        read("ProgrammeService.templateChanges", OWN_BOARD, callers(HR, COORDINATOR),
                r -> s.templateChanges(r.programmeA),
                (who, a, r) -> assertThat(list(a, TemplateChange.class)).isNotEmpty());
        write("ProgrammeService.adopt", OWN_BOARD, HR_BOTH, r -> s.adopt(ProgrammeKind.SCHOOL_LEADER),
                (who, a, r) -> assertThat(r.as(who, () -> s.programme((Long) a)).orElseThrow().programme().boardId())
                        .isEqualTo(who == HR ? r.boardA : r.boardB));
        write("ProgrammeService.addMilestone", OWN_BOARD, hrA,
                r -> s.addMilestone(r.programmeA, new MilestoneDraft(1, MilestoneKind.REFLECTION, "Matrixreflectie", 1,
                        Helper.MENTOR)),
                (who, a, r) -> assertThat(r.as(who, () -> s.programme(r.programmeA)).orElseThrow().milestones())
                        .anySatisfy(m -> assertThat(m.id()).isEqualTo((Long) a)));
        write("ProgrammeService.updateMilestone", OWN_BOARD, hrA,
                r -> run(() -> s.updateMilestone(r.milestoneA, r.version("induction_milestone", r.milestoneA),
                        new MilestoneDraft(1, MilestoneKind.CLASSROOM_OBSERVATION, "Matrixlesbezoek", 7, Helper.MENTOR))),
                (who, a, r) -> assertThat(milestonesOfA(s, who, r)).filteredOn(m -> m.id() == r.milestoneA)
                        .singleElement().satisfies(m -> assertThat(m.requiredCount()).isEqualTo(7)));
        write("ProgrammeService.removeMilestone", OWN_BOARD, hrA,
                r -> run(() -> s.removeMilestone(r.milestoneA, r.version("induction_milestone", r.milestoneA))),
                (who, a, r) -> assertThat(milestonesOfA(s, who, r)).noneMatch(m -> m.id() == r.milestoneA));
        write("ProgrammeService.moveMilestone", OWN_BOARD, hrA,
                r -> run(() -> s.moveMilestone(r.milestoneA, r.version("induction_milestone", r.milestoneA), 2, 1)),
                (who, a, r) -> assertThat(milestonesOfA(s, who, r)).filteredOn(m -> m.year() == 2).first()
                        .satisfies(m -> assertThat(m.id()).isEqualTo(r.milestoneA)));
        write("ProgrammeService.takeOver", OWN_BOARD, hrA,
                r -> run(() -> s.takeOver(r.programmeA, r.as(HR, () -> s.templateChanges(r.programmeA)).getFirst())),
                (who, a, r) -> assertThat(r.as(who, () -> s.templateChanges(r.programmeA))).isEmpty());
        write("ProgrammeService.markReviewed", OWN_BOARD, hrA,
                r -> run(() -> {
                    ProgrammeSummary copy = r.as(HR, () -> s.programme(r.programmeA)).orElseThrow().programme();
                    s.markReviewed(copy.id(), copy.version(), copy.revision());
                }),
                (who, a, r) -> assertThat(r.as(who, () -> s.programme(r.programmeA)).orElseThrow().programme().behind())
                        .isFalse());
    }

    private static List<nl.onderwijsloket.portal.induction.MilestoneRow> milestonesOfA(ProgrammeService s, Who who,
                                                                                        MatrixRegion r) {
        return r.as(who, () -> s.programme(r.programmeA)).orElseThrow().milestones();
    }

    private void read(String method, MatrixRow.Scope scope, Set<Who> allowed, Function<MatrixRegion, Object> call,
                      MatrixRow.Check check) {
        rows.add(new MatrixRow(method, scope, allowed, Set.of(), false, call, check));
    }

    /** A read that HR of board B may make too, answering with board B's records instead of board A's. */
    private void readOwnBoard(String method, Set<Who> allowed, Function<MatrixRegion, Object> call,
                              MatrixRow.Check check) {
        rows.add(new MatrixRow(method, OWN_BOARD, allowed, Set.of(HR_OTHER_BOARD), false, call, check));
    }

    private void write(String method, MatrixRow.Scope scope, Set<Who> allowed, Function<MatrixRegion, Object> call,
                       MatrixRow.Check check) {
        rows.add(new MatrixRow(method, scope, allowed, Set.of(), true, call, check));
    }

    /** A call that answers nothing; {@link #done} marks that it went through. */
    private static Object run(Runnable call) {
        call.run();
        return Done.DONE;
    }

    private enum Done { DONE }

    private static void done(Who who, Object answer, MatrixRegion region) {
        assertThat(answer).isEqualTo(Done.DONE);
    }

    private static void present(Who who, Set<Who> allowed, Object answer) {
        if (allowed.contains(who)) {
            assertThat((Optional<?>) answer).isPresent();
        } else {
            assertThat((Optional<?>) answer).isEmpty();
        }
    }

    private static <T> List<T> list(Object answer, Class<T> type) {
        return ((Collection<?>) answer).stream().map(type::cast).toList();
    }

    private static long ownProvider(Who who, MatrixRegion r) {
        return who == PROVIDER ? r.providerP : r.providerQ;
    }

    private static EnrolmentSearch searchBoardA(MatrixRegion r) {
        return new EnrolmentSearch("", Set.of(), null, r.boardA);
    }

    private static List<Long> editionsInScope(Who who, MatrixRegion r) {
        return switch (who) {
            case PROVIDER -> List.copyOf(r.pEditions);
            case OTHER_PROVIDER -> List.of(r.qEdition);
            case HR -> r.pEditions.stream().filter(e -> e != r.plannedEdition && e != r.cancelledEdition).toList();
            case HR_OTHER_BOARD -> List.of(r.openEdition);
            default -> {
                var all = new ArrayList<>(r.pEditions);
                all.add(r.qEdition);
                yield all;
            }
        };
    }

    private static List<Long> enrolmentsOf(Who who, MatrixRegion r) {
        return switch (who) {
            case EMPLOYEE -> List.of(r.enrolled, r.offered, r.started, r.completed);
            case STARTER -> List.of(r.awaiting);
            default -> List.of();
        };
    }

    private static EditionPlan plan(MatrixRegion r, int startInDays, int capacity) {
        var start = r.today.plusDays(startInDays);
        return new EditionPlan(start, start.plusDays(14), start.minusDays(7), null, false, "Testlocatie", "Hengelo",
                capacity, EditionStatus.PLANNED);
    }

    private static MeetingPlan meeting(MatrixRegion r) {
        return new MeetingPlan(r.today.plusDays(61), LocalTime.of(9, 0), LocalTime.of(11, 0), "Matrix");
    }

    /** Board A's employee again, with a new first name: an update for board A's HR, an error for board B's. */
    private static EmployeeCsv csv(MatrixRegion r) {
        String text = "Personeelsnummer;Voornaam;Achternaam;E-mailadres;School;Functie\n"
                + r.employeeNumber(r.employee) + ";Annemarie;Matrix;" + r.email(r.employee) + ";;Leraar\n";
        return EmployeeCsvParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
