package dev.tradebook.system;

import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.tradebook.local.LocalStack;

/**
 * Runs InvariantCheck on the stack after every test class that used it, and fails the class on any violation or
 * on streams that do not drain. Registered for every class through JUnit's extension autodetection (failsafe
 * configuration, META-INF/services); a class that never started the stack (a unit test) is left alone.
 */
public final class InvariantsAfterEachClass implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Optional<LocalStack> stack = SystemStack.started();
        if (stack.isEmpty()) {
            return;
        }
        InvariantCheck.Result result = StackInvariants.check(stack.get());
        if (!result.passed()) {
            throw new AssertionError("the system's invariants do not hold after " + context.getDisplayName() + ":\n"
                    + result.report());
        }
        System.err.println("[system-tests] invariants hold after " + context.getDisplayName() + ": " + result.report());
    }
}
