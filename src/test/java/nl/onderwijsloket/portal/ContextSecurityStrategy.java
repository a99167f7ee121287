package nl.onderwijsloket.portal;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the security-context strategy of the test's own Spring context the global one before each test.
 *
 * <p>Vaadin gives every Spring context its own {@code SecurityContextHolderStrategy} bean (with its own
 * thread-local) and installs it globally when the context starts; method security reads the bean of its own
 * context. Tests sign in through the global {@link SecurityContextHolder}. Once a second context has started
 * (a test with its own properties, the end-to-end test's web server), a test running in an earlier, cached
 * context would sign in where its services do not look. Registered in {@code META-INF/spring.factories}.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
