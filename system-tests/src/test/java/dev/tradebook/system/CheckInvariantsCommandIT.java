package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;

/** The command README gives, run as a user would against the stack's databases. */
class CheckInvariantsCommandIT {

    private final LocalStack stack = SystemStack.get();

    record Outcome(int exit, String output) {
    }

    @Test
    void reportsNoViolationAndExitsZero() throws IOException, InterruptedException {
        Outcome outcome = checkInvariants("--jdbc-base", stack.postgres().database().urlPrefix() + "/", "--wait", "60");

        assertThat(outcome.exit()).as(outcome.output()).isZero();
        assertThat(outcome.output()).endsWith("0 violation(s) of 8 rules\n");
    }

    @Test
    void exitsThreeWhenTheDatabasesCannotBeReached() throws IOException, InterruptedException {
        Outcome outcome = checkInvariants("--jdbc-base", "jdbc:postgresql://localhost:1/", "--wait", "1");

        assertThat(outcome.exit()).as(outcome.output()).isEqualTo(3);
        assertThat(outcome.output()).startsWith("cannot read the services' databases at jdbc:postgresql://localhost:1/");
    }

    private Outcome checkInvariants(String... options) throws IOException, InterruptedException {
        Path repository = stack.layout().repository();
        List<String> command = new ArrayList<>(List.of(repository.resolve("system-tests/check-invariants").toString()));
        command.addAll(List.of(options));
        Process check = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
        return new Outcome(check.exitValue(), output);
    }
}
