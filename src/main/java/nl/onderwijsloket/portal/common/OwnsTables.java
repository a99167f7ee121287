package nl.onderwijsloket.portal.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a feature's {@code package-info.java}: the tables the feature owns and the views it publishes for the
 * other features (DD014). Only the owner writes its tables and reads them with its own SQL; another feature
 * reads them through the owner's query API or one of these views. {@code TableOwnershipTest} checks every
 * migration's tables and every piece of SQL in the code against these declarations.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnsTables {

    /** The tables this feature creates in its migrations and alone writes. */
    String[] tables();

    /** The views this feature publishes: a stable, read-only contract over its tables for other features. */
    String[] views() default {};

    /**
     * Views that another feature may also write through, each for a reason written in DD014 (today one: the
     * seat counter that enrolment keeps under the edition's row lock).
     */
    String[] writableViews() default {};
}
