package com.computeledger.adapters.cli;

import java.util.List;

/** What an import stored, what it found stored already (the same content), and what it refused: where, and why. */
public record ImportReport(long stored, long unchanged, List<Refusal> refused) {

    public ImportReport {
        refused = List.copyOf(refused);
    }

    /** One refused record: where it is in the file ({@code line 12}, {@code deals.csv line 4}), and why. */
    public record Refusal(String where, String reason) {

        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }
}
