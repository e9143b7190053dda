package dev.tradebook.system.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine and the software the figures were measured on, as name → value in the report's order. */
public record MachineFacts(Map<String, String> facts) {

    private static final Pattern CPU_MODEL = Pattern.compile("(?m)^model name\\s*:\\s*(.+)$");
    private static final Pattern PROCESSOR = Pattern.compile("(?m)^processor\\s*:");
    private static final Pattern MEMORY_KB = Pattern.compile("(?m)^MemTotal:\\s*(\\d+) kB$");

    /** What the machine is; the versions of PostgreSQL and Kafka come from the running stack. */
    public static MachineFacts collect(Path repository, Path dataDirectory, String postgresVersion, String kafkaVersion) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPU", cpu(read("/proc/cpuinfo")));
        facts.put("memory", memory(read("/proc/meminfo")));
        facts.put("kernel", read("/proc/sys/kernel/osrelease").strip());
        facts.put("filesystem of the data directory", Command.run("findmnt", "-n", "-o", "FSTYPE,SOURCE,OPTIONS", "-T",
                dataDirectory.toString()).strip().replaceAll("\\s+", " "));
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("PostgreSQL", postgresVersion);
        facts.put("Kafka", kafkaVersion);
        facts.put("git commit", gitCommit(repository));
        facts.put("date (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return new MachineFacts(facts);
    }

    /** {@code /proc/cpuinfo} as "model × cores". */
    static String cpu(String cpuinfo) {
        Matcher model = CPU_MODEL.matcher(cpuinfo);
        long cores = PROCESSOR.matcher(cpuinfo).results().count();
        return (model.find() ? model.group(1).strip() : "unknown model") + ", " + cores + " cores";
    }

    /** {@code /proc/meminfo}'s total in GiB. */
    static String memory(String meminfo) {
        Matcher total = MEMORY_KB.matcher(meminfo);
        if (!total.find()) {
            return "unknown";
        }
        return String.format(java.util.Locale.ROOT, "%.1f GiB", Long.parseLong(total.group(1)) / 1024d / 1024d);
    }

    private static String gitCommit(Path repository) {
        String commit = Command.run("git", "-C", repository.toString(), "rev-parse", "HEAD").strip();
        boolean changed = !Command.run("git", "-C", repository.toString(), "status", "--porcelain", "--untracked-files=no")
                .isBlank();
        return changed ? commit + " (with uncommitted changes)" : commit;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
