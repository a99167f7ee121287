/** The region's organisations and people: boards, schools, employees, and HR's import of them. */
@OwnsTables(
        tables = {"region", "board", "school", "employee"},
        views = {"people_region", "people_board", "people_school", "people_employee"})
package nl.onderwijsloket.portal.people;

import nl.onderwijsloket.portal.common.OwnsTables;
