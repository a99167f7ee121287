/** The portal's one mail service: the outbox and its sending, with calendar entries. */
@OwnsTables(tables = "mail_outbox")
package nl.onderwijsloket.portal.notification;

import nl.onderwijsloket.portal.common.OwnsTables;
