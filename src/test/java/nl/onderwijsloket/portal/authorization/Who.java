package nl.onderwijsloket.portal.authorization;

/**
 * The callers the authorization matrix tries every service method as: one per role of the portal, and for
 * the scoped roles a second one outside the records' scope (HR of the other board, another provider).
 */
enum Who {
    VISITOR,
    EMPLOYEE,
    STARTER,
    MENTOR,
    HR,
    HR_OTHER_BOARD,
    PROVIDER,
    OTHER_PROVIDER,
    COORDINATOR
}
