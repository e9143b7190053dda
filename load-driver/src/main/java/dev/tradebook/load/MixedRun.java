package dev.tradebook.load;

import java.util.List;
import java.util.Map;

/**
 * What a mixed run gives its caller: the report (Markdown, {@code key=value} summary, per-second CSV), the counts a
 * pass/fail decision needs, and every write the stack acknowledged, by kind ({@code customer}, {@code sales-order},
 * {@code invoice}, {@code payment}). The hold counts: cycles (invoices over the limit accepted), lags seen (four
 * places a cycle), lags never seen within the give-up time, and hold-probe invoices and payments refused.
 */
public record MixedRun(String markdown, String summary, String timelineCsv, long answered, long unexpected,
        long lagInvoices, long lagSamples, long lagUnseen, long lagRefused, Map<String, List<String>> acknowledged,
        long holdCycles, long holdSamples, long holdUnseen, long holdRefused) {
}
