package nl.onderwijsloket.portal;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every Spring context of the test run installs its own Vaadin-aware security-context strategy as the
 * JVM-wide one, while its method security keeps reading from its own. Before each test this points the
 * JVM-wide strategy back at the strategy of the test's own context, so a test that signs someone in is
 * seen by the services it calls, whichever context was started last.
 */
public class SecurityStrategyAlignment implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
