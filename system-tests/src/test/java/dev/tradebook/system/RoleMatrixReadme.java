package dev.tradebook.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.tradebook.local.Service;

/**
 * The tables of the README's "Who may do what", rendered from the role matrix: per service one line per group,
 * its operations by method, a mark under each role that may call them.
 */
final class RoleMatrixReadme {

    static final String SECTION = "## Who may do what";

    private RoleMatrixReadme() {
    }

    static String tables(RoleMatrix matrix) {
        List<String> lines = new ArrayList<>();
        for (Service service : Service.values()) {
            lines.add("### " + service.module());
            lines.add("");
            Map<String, List<RoleMatrix.Row>> groups = matrix.of(service.module()).stream()
                    .collect(Collectors.groupingBy(RoleMatrix.Row::group, LinkedHashMap::new, Collectors.toList()));
            if (groups.isEmpty()) {
                lines.add("No operations yet.");
            } else {
                lines.add("| operations | " + String.join(" | ", RoleMatrix.ROLES) + " |");
                lines.add("|---" + "|:-:".repeat(RoleMatrix.ROLES.size()) + "|");
                groups.forEach((group, rows) -> lines.add(line(group, rows)));
            }
            lines.add("");
        }
        return String.join("\n", lines).strip();
    }

    /** The generated part of the README's section: from its first table heading to the next section. */
    static String tablesIn(String readme) {
        int section = readme.indexOf("\n" + SECTION + "\n");
        if (section < 0) {
            throw new IllegalStateException("README.md has no section " + SECTION);
        }
        int start = readme.indexOf("\n### ", section);
        int end = readme.indexOf("\n## ", section + 1);
        if (start < 0 || (end >= 0 && start > end)) {
            throw new IllegalStateException("README.md's section " + SECTION + " has no tables");
        }
        return readme.substring(start, end < 0 ? readme.length() : end).strip();
    }

    private static String line(String group, List<RoleMatrix.Row> rows) {
        Map<String, List<String>> pathsByMethod = rows.stream().collect(Collectors.groupingBy(RoleMatrix.Row::method,
                LinkedHashMap::new, Collectors.mapping(row -> "`" + row.path() + "`", Collectors.toList())));
        String operations = pathsByMethod.entrySet().stream()
                .map(method -> method.getKey() + " " + String.join(", ", method.getValue()))
                .collect(Collectors.joining("; "));
        String marks = RoleMatrix.ROLES.stream().map(role -> rows.get(0).roles().contains(role) ? "✓" : " ")
                .collect(Collectors.joining(" | "));
        return "| **" + group + "**: " + operations + " | " + marks + " |";
    }
}
