package dev.tradebook.customer.domain;

import java.util.List;

import dev.tradebook.platform.runtime.problem.ProblemException;

/** 412: the writer revised a version of the customer that is no longer the current one. */
public class VersionMismatch extends ProblemException {

    public VersionMismatch(String code, String expected, long current) {
        super(412, "precondition-failed", "Precondition failed", "Customer " + code + " is at version " + current
                + ", not " + expected + "; read it again and retry", List.of());
    }
}
