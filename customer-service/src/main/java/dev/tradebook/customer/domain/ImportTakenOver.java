package dev.tradebook.customer.domain;

import java.util.UUID;

/** A runner of an import finds that another one took it over (or it ended): it stops without writing. */
public class ImportTakenOver extends RuntimeException {

    ImportTakenOver(UUID id) {
        super("import " + id + " is run by another runner now");
    }
}
