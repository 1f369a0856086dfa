package com.knowpay.reconciliation;

/** Progress of one run, for a screen that shows it. Called on the thread doing the run. */
@FunctionalInterface
public interface RunProgress {

    enum Stage { FETCHING, MATCHING, SAVING, DONE, FAILED }

    RunProgress NONE = (stage, done, total) -> { };

    /** {@code done} of {@code total} items of the stage (both 0 when the stage has no count). */
    void update(Stage stage, int done, int total);
}
