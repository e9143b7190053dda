package dev.tradebook.load;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Saturation is the best achieved rate among the steps that were sustained (see {@link StepResult#sustained()}). */
final class Saturation {

    private Saturation() {
    }

    static Optional<StepResult> of(List<StepResult> steps) {
        return steps.stream().filter(StepResult::sustained).max(Comparator.comparingDouble(StepResult::achievedRate));
    }
}
