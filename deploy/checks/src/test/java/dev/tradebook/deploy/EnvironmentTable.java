package dev.tradebook.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's table "Environment of every service": the variables a deployment sets. A row names one variable,
 * or several that share a prefix ({@code `QUARKUS_DATASOURCE_USERNAME` / `_PASSWORD`}); a service named in
 * parentheses limits the row to that service.
 */
final class EnvironmentTable {

    private static final String HEADING = "Environment of every service";
    private static final Pattern NAME = Pattern.compile("`([A-Z_][A-Z0-9_]*)`");
    private static final Pattern ONLY_FOR = Pattern.compile("\\(([a-z-]+)\\)");

    private record Row(List<String> variables, String onlyFor) {
    }

    private final List<Row> rows;

    private EnvironmentTable(List<Row> rows) {
        this.rows = rows;
    }

    static EnvironmentTable fromReadme() {
        return parse(Repository.read("README.md"));
    }

    static EnvironmentTable parse(String readme) {
        int start = readme.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException("the README has no table \"" + HEADING + "\"");
        }
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.substring(start).lines().skip(1).toList()) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String firstCell = line.split("\\|")[1];
            List<String> variables = expand(firstCell);
            if (!variables.isEmpty()) {
                Matcher onlyFor = ONLY_FOR.matcher(firstCell);
                rows.add(new Row(variables, onlyFor.find() ? onlyFor.group(1) : null));
            }
        }
        return new EnvironmentTable(rows);
    }

    Set<String> variablesOf(String service) {
        Set<String> variables = new TreeSet<>();
        rows.stream()
                .filter(row -> row.onlyFor() == null || row.onlyFor().equals(service))
                .forEach(row -> variables.addAll(row.variables()));
        return variables;
    }

    /** {@code `A_B_C` / `_D`} names A_B_C and A_B_D: a suffix replaces as many trailing words as it has. */
    private static List<String> expand(String cell) {
        List<String> variables = new ArrayList<>();
        String first = null;
        for (Matcher name = NAME.matcher(cell); name.find(); ) {
            String token = name.group(1);
            if (!token.startsWith("_")) {
                first = token;
                variables.add(token);
            } else if (first != null) {
                String[] words = first.split("_");
                int keep = words.length - (token.split("_").length - 1);
                variables.add(String.join("_", List.of(words).subList(0, keep)) + token);
            }
        }
        return variables;
    }
}
