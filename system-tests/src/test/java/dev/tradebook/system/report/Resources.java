package dev.tradebook.system.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real output of the tools the report runs, captured on this machine and kept under src/test/resources/report. */
final class Resources {

    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
