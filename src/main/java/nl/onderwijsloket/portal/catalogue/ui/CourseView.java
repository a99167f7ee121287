package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.catalogue.CatalogueService;
import nl.onderwijsloket.portal.catalogue.CourseDetails;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.EditionView;
import nl.onderwijsloket.portal.catalogue.PathwaySummary;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.ui.EditionActions;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.Ids;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.PageTitles;

/** A course's page: what it is, for whom, what it costs, and its editions with dates and seats. */
@Route(Links.COURSE_ROUTE)
@AnonymousAllowed
class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final List<EditionActions> editionActions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "";

    /** @param editionActions what other features offer under each edition (enrolment's actions) */
    CourseView(CatalogueService catalogue, List<EditionActions> editionActions, CurrentUser currentUser,
               Clock clock) {
        this.catalogue = catalogue;
        this.editionActions = editionActions;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("course-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Not a constraint in the route template: Spring Security lets visitors reach only paths that match a
        // public route, so "/cursus/abc" would send them to the login page instead of the not-found page.
        show(event.getRouteParameters().get(Links.COURSE_ID).flatMap(Ids::parse).orElseThrow(NotFoundException::new));
    }

    /** (Re)draws the page from the database, e.g. after the visitor enrolled. */
    private void show(long courseId) {
        CourseDetails course = catalogue.course(courseId).orElseThrow(NotFoundException::new);
        title = course.title();
        removeAll();
        render(course);
    }

    private void render(CourseDetails course) {
        var back = new RouterLink(getTranslation("course.back"), CatalogueView.class);
        back.addClassName("back-link");
        var heading = new H1(course.title());
        heading.setId("course-title");
        var provider = new Paragraph(getTranslation("course.by", course.providerName()));
        provider.addClassName("course-provider");
        var summary = new Paragraph(course.summary());
        summary.addClassName("lead");
        var description = new Paragraph(course.description());

        var facts = new DescriptionList();
        facts.addClassName("course-facts");
        fact(facts, "course.audience", labels(course.audiences(), a -> a.labelKey()));
        fact(facts, "course.sectors", labels(course.sectors(), s -> s.labelKey()));
        fact(facts, "course.themes", labels(course.themes(), t -> t.labelKey()));
        fact(facts, "course.format", getTranslation(course.format().labelKey()));
        fact(facts, "course.level", getTranslation(course.level().labelKey()));
        fact(facts, "course.study-load", CatalogueTexts.hours(this, course.studyLoadHours()));
        fact(facts, "course.cost", CatalogueTexts.cost(this, course.costCents()));
        fact(facts, "course.language", getTranslation("language." + course.language()));
        fact(facts, "course.approval", getTranslation(course.employerApprovalRequired()
                ? "course.approval.required" : "course.approval.not-required"));
        if (course.providerWebsite() != null) {
            var site = new Anchor(course.providerWebsite(), course.providerName(), AnchorTarget.BLANK);
            facts.add(new DescriptionList.Term(getTranslation("course.provider")),
                    new DescriptionList.Description(site));
        }

        add(back, heading, provider, summary, description, facts, editions(course), pathways(course));
    }

    private Component editions(CourseDetails course) {
        var section = new Section(new H2(getTranslation("course.editions")));
        section.setId("course-editions");
        if (course.editions().isEmpty()) {
            section.add(new Paragraph(getTranslation("course.no-editions")));
            return section;
        }
        LocalDate today = LocalDate.now(clock);
        PortalUser user = currentUser.find().orElse(null);
        List<EditionActions.Edition> facts = course.editions().stream()
                .map(edition -> new EditionActions.Edition(edition.id(),
                        edition.openForEnrolment(today) || edition.status() == EditionStatus.PLANNED,
                        edition.seatsLeft() <= 0, course.employerApprovalRequired()))
                .toList();
        List<EditionActions.OnPage> contributions = editionActions.stream()
                .map(actions -> actions.forPage(facts, user, () -> show(course.id())))
                .toList();
        var list = new UnorderedList();
        list.addClassName("edition-list");
        for (int i = 0; i < facts.size(); i++) {
            ListItem item = edition(course.editions().get(i), today);
            EditionActions.Edition edition = facts.get(i);
            contributions.forEach(contribution -> item.add(contribution.under(edition)));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private ListItem edition(EditionView edition, LocalDate today) {
        var item = new ListItem();
        item.addClassName("edition");
        var when = new H3(Formats.period(this, edition.startDate(), edition.endDate()));
        var where = new Span(edition.online()
                ? getTranslation("edition.online")
                : edition.locationName() + (edition.locationTown() == null ? "" : ", " + edition.locationTown()));
        where.addClassName("edition-location");
        var seats = new Span(CatalogueTexts.seats(this, edition, today));
        seats.addClassName("edition-seats");
        seats.addClassName(edition.openForEnrolment(today) && edition.seatsLeft() > 0 ? "seats-free" : "seats-full");
        var deadline = new Span(getTranslation("edition.deadline", Formats.date(edition.enrolmentDeadline())));
        deadline.addClassName("edition-deadline");
        item.add(when, new Div(where), new Div(seats), new Div(deadline));
        if (!edition.meetings().isEmpty()) {
            var meetings = new UnorderedList();
            meetings.addClassName("meeting-list");
            edition.meetings().forEach(m -> meetings.add(new ListItem(getTranslation("edition.meeting",
                    Formats.shortDate(m.startsAt().toLocalDate()), Formats.time(m.startsAt()),
                    Formats.time(m.endsAt())) + (m.topic() == null ? "" : " – " + m.topic()))));
            item.add(meetings);
        }
        return item;
    }

    private Component pathways(CourseDetails course) {
        var section = new Section();
        section.setId("course-pathways");
        if (course.pathways().isEmpty()) {
            return section;
        }
        section.add(new H2(getTranslation("course.pathways")));
        var list = new UnorderedList();
        for (PathwaySummary pathway : course.pathways()) {
            list.add(new ListItem(Links.pathway(pathway.code()).anchor(pathway.title())));
        }
        section.add(list);
        return section;
    }

    private <E> String labels(Collection<E> values, Function<E, String> key) {
        if (values.isEmpty()) {
            return getTranslation("course.everyone");
        }
        return values.stream().map(v -> getTranslation(key.apply(v))).sorted().collect(Collectors.joining(", "));
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.named(this, title);
    }
}
