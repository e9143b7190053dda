package dev.tradebook.system.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The mixed load's per-second CSV ({@code second,answers,p50_ms,p99_ms,max_ms,ledger_lag_ms,customer_lag_ms,…}),
 * read by header name since later versions append columns; an empty cell (no lag sample in that second) is NaN.
 */
public record Timeline(List<String> columns, List<double[]> rows) {

    public static final String LAG_SUFFIX = "_lag_ms";

    public static Timeline parse(String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the timeline has no header");
        }
        List<String> columns = List.of(lines.get(0).strip().split(","));
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            double[] row = new double[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = i < cells.length && !cells[i].isBlank() ? Double.parseDouble(cells[i].strip()) : Double.NaN;
            }
            rows.add(row);
        }
        return new Timeline(columns, rows);
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    /** The column's values, one per second; NaN where the cell was empty. */
    public double[] column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("the timeline has no column " + name + " (it has " + columns + ")");
        }
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }

    /** Every event-lag column, in the order of the header: the ledger's and customer's balance, holds when present. */
    public List<String> lagColumns() {
        return columns.stream().filter(column -> column.endsWith(LAG_SUFFIX)).toList();
    }
}
