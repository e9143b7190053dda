package dev.tradebook.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call which operation: {@code role-matrix.csv}, one row per OpenAPI operation of every service. The
 * README's "Who may do what" is rendered from it and {@link RoleMatrixIT} holds the running services to it.
 */
record RoleMatrix(List<Row> rows) {

    /** Every realm role of API.md, in the order of the README's columns. */
    static final List<String> ROLES = List.of("sales-admin", "sales", "accounts", "viewer", "integrator", "customer");

    private static final String FILE = "role-matrix.csv";
    private static final String HEADER = "service,group,method,path,roles";
    /** A comma outside double quotes: group names may hold commas when quoted. */
    private static final String SEPARATOR = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    /** One operation: the service's module name, its group in the README, method, OpenAPI path, allowed roles. */
    record Row(String service, String group, String method, String path, Set<String> roles) {

        Operation operation() {
            return new Operation(service, method, path);
        }
    }

    /** An operation as the OpenAPI documents name it. */
    record Operation(String service, String method, String path) {

        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    static RoleMatrix load() {
        try (InputStream in = RoleMatrix.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new IllegalStateException(FILE + " must start with the header " + HEADER);
            }
            return new RoleMatrix(lines.subList(1, lines.size()).stream().map(RoleMatrix::row).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(String line) {
        String[] fields = line.split(SEPARATOR, -1);
        if (fields.length != 5) {
            throw new IllegalStateException(FILE + ": expected 5 fields in " + line);
        }
        Set<String> roles = new LinkedHashSet<>(Arrays.asList(fields[4].trim().split("\\s+")));
        roles.remove("");
        return new Row(fields[0], unquote(fields[1]), fields[2], fields[3], roles);
    }

    private static String unquote(String field) {
        return field.startsWith("\"") && field.endsWith("\"") ? field.substring(1, field.length() - 1) : field;
    }

    List<Row> of(String service) {
        return rows.stream().filter(row -> row.service().equals(service)).toList();
    }
}
