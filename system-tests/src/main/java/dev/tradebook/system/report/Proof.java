package dev.tradebook.system.report;

import java.util.List;

import dev.tradebook.load.MixedRun;
import dev.tradebook.system.InvariantCheck;

/** Everything the report shows, measured on one fresh stack. */
public record Proof(ReportOptions options, MachineFacts machine, MixedRun mixed, InvariantCheck.Result invariants,
        Baselines baselines, List<FaultRuns.FaultRun> faultRuns) {

    public static final String MIXED_CHART = "mixed-load.png";

    public static String faultChart(FaultRuns.FaultRun run) {
        return "fault-" + run.name() + ".png";
    }

    /** The mixed load passed: every answer as a working system gives it, every probe's lag seen, none refused. */
    public boolean mixedPassed() {
        return mixed.unexpected() == 0 && mixed.lagUnseen() == 0 && mixed.lagRefused() == 0 && mixed.holdUnseen() == 0
                && mixed.holdRefused() == 0;
    }
}
