/**
 * Planning a series of intervision sessions: a pure planner (no Spring, no database) that proposes series in
 * which every session is free for every member, or the best series with who is blocked when and why.
 */
package nl.onderwijsloket.portal.intervision.planning;
