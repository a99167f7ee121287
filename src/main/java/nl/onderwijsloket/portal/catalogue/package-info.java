/** The catalogue: providers, courses, editions, meetings and pathways, and the provider's planning. */
@OwnsTables(
        tables = {"provider", "course", "course_audience", "course_sector", "course_theme", "edition", "meeting",
                "pathway", "pathway_audience", "pathway_step"},
        views = {"catalogue_provider", "catalogue_course", "catalogue_edition", "catalogue_meeting", "catalogue_pathway",
                "catalogue_pathway_step", "catalogue_edition_seats", "catalogue_course_theme"},
        writableViews = "catalogue_edition_seats")
package nl.onderwijsloket.portal.catalogue;

import nl.onderwijsloket.portal.common.OwnsTables;
