/** The portal's one mail service: the outbox and its sending, with calendar entries. */
@OwnsTables(tables = {"mail_outbox", "calendar_sequence", "mail_compose_lock"})
package nl.onderwijsloket.portal.notification;

import nl.onderwijsloket.portal.common.OwnsTables;
