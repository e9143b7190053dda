package dev.tradebook.customer.api;

import java.util.List;

import dev.tradebook.platform.runtime.problem.ProblemException;
import dev.tradebook.platform.runtime.problem.Violation;

/** 413: an import file over the documented maximum. */
class ImportTooLarge extends ProblemException {

    ImportTooLarge(long maxBytes) {
        super(413, "import-too-large", "Import file too large",
                "An import file may have at most " + maxBytes + " bytes; split it into several imports",
                List.of(new Violation("body", "is larger than " + maxBytes + " bytes")));
    }
}
