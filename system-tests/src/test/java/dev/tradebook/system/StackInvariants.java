package dev.tradebook.system;

import java.sql.SQLException;
import java.time.Duration;

import dev.tradebook.local.Database;
import dev.tradebook.local.LocalStack;
import dev.tradebook.system.invariants.Databases;
import dev.tradebook.system.invariants.Subscriptions;

/** InvariantCheck pointed at the system tests' stack. */
final class StackInvariants {

    private StackInvariants() {
    }

    static Databases databases(LocalStack stack) {
        Database database = stack.postgres().database();
        return new Databases(database.urlPrefix(), database.username(), database.password());
    }

    static Subscriptions subscriptions(LocalStack stack) {
        return Subscriptions.fromServiceConfig(stack.layout().repository());
    }

    static InvariantCheck.Result check(LocalStack stack) throws SQLException, InterruptedException {
        return InvariantCheck.run(databases(stack), subscriptions(stack), Duration.ofSeconds(60));
    }
}
